namespace FactBot.Telegram.Rendering;

/// <summary>
/// One line-ish unit of a message (a title, a field, a paragraph), kept as styled spans of plain text so it can be
/// measured the way Telegram counts (visible characters, in UTF-16 code units, after entity parsing) and cut anywhere
/// without breaking a tag. An empty block renders as a blank line.
/// </summary>
internal sealed record TextBlock(IReadOnlyList<TextSpan> Spans)
{
    public static TextBlock Blank { get; } = new([]);

    public int Length => Spans.Sum(s => s.Text.Length);

    public bool IsBlank => Length == 0;

    public string ToHtml() => string.Concat(Spans.Select(s => s.ToHtml()));

    public static TextBlock Of(params TextSpan[] spans) => new(spans);
}
