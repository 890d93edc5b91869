using System.Globalization;
using FactBot.Core.Results;
using FactBot.Core.Subscriptions;

namespace FactBot.Telegram.Delivery;

/// <summary>A Telegram chat id and, in a forum, the topic (message thread) to post in.</summary>
internal readonly record struct ChatTarget(long ChatId, int? ThreadId)
{
    public const string Platform = "telegram";

    public static Result<ChatTarget> From(ChatRef chat)
    {
        if (!long.TryParse(chat.ChatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id))
            return new PermanentFailure($"'{chat.ChatId}' is not a Telegram chat id");
        int? thread = null;
        if (chat.ThreadId is { } text)
        {
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var topic))
                return new PermanentFailure($"'{text}' is not a Telegram topic id");
            thread = topic;
        }

        return new ChatTarget(id, thread);
    }

    public static ChatRef ToChatRef(long chatId, int? threadId = null) => new(
        Platform,
        chatId.ToString(CultureInfo.InvariantCulture),
        threadId?.ToString(CultureInfo.InvariantCulture));
}
