using System.Text;
using FactBot.Core.Messages;
using Telegram.Bot.Types.ReplyMarkups;

namespace FactBot.Telegram.Rendering;

/// <summary>Buttons as an inline keyboard, two to a row (readable on a phone). Telegram refuses callback data over
/// 64 bytes, which would fail the whole message, so such a button is left out.</summary>
internal static class Keyboards
{
    public const int MaxCallbackBytes = 64;
    private const int PerRow = 2;

    public static InlineKeyboardMarkup? Of(IReadOnlyList<ChatButton> buttons)
    {
        var usable = buttons
            .Where(b => b.Label.Length > 0 && Encoding.UTF8.GetByteCount(b.Action) is > 0 and <= MaxCallbackBytes)
            .Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Action))
            .ToList();
        return usable.Count == 0 ? null : new InlineKeyboardMarkup(usable.Chunk(PerRow));
    }
}
