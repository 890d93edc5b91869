using Telegram.Bot.Types.ReplyMarkups;

namespace FactBot.Telegram.Rendering;

/// <summary>One Telegram message of a rendered <see cref="Core.Messages.ChatMessage"/>: text, or a photo with
/// <see cref="Html"/> as its caption; the keyboard rides on the last part.</summary>
internal sealed record RenderedPart(string Html, byte[]? Photo = null, InlineKeyboardMarkup? Keyboard = null)
{
    public bool IsPhoto => Photo is not null;
}
