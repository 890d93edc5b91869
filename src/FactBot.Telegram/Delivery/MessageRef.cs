using System.Globalization;

namespace FactBot.Telegram.Delivery;

/// <summary>
/// The Telegram message that carries a sent FactBot message (the part with the buttons), stored by the outbox as the
/// platform message id: <c>text:123</c> or <c>caption:123</c>, so an update knows whether to edit text or a caption.
/// </summary>
internal readonly record struct MessageRef(int MessageId, bool IsCaption)
{
    private const string TextPrefix = "text:";
    private const string CaptionPrefix = "caption:";

    public override string ToString() =>
        (IsCaption ? CaptionPrefix : TextPrefix) + MessageId.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? value, out MessageRef reference)
    {
        reference = default;
        if (value is null)
            return false;
        var isCaption = value.StartsWith(CaptionPrefix, StringComparison.Ordinal);
        if (!isCaption && !value.StartsWith(TextPrefix, StringComparison.Ordinal))
            return false;
        var digits = value.AsSpan((isCaption ? CaptionPrefix : TextPrefix).Length);
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return false;
        reference = new MessageRef(id, isCaption);
        return true;
    }
}
