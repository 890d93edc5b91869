using System.Globalization;
using FactBot.Core.Commands;
using FactBot.Core.Subscriptions;
using FactBot.Telegram.Delivery;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactBot.Telegram.Commands;

/// <summary>Telegram users and chats as Core's callers and chat references.</summary>
internal static class TelegramCallers
{
    public static CommandCaller Caller(User user, bool platformAdmin = false) =>
        new(ChatTarget.Platform, user.Id.ToString(CultureInfo.InvariantCulture), DisplayName(user), platformAdmin);

    public static string DisplayName(User user) => user.Username is { Length: > 0 } username
        ? "@" + username
        : $"{user.FirstName} {user.LastName}".Trim();

    /// <summary>The chat a message is in; in a forum, its topic too, so replies and subscriptions stay in the topic.</summary>
    public static ChatRef ChatOf(Message message) => ChatTarget.ToChatRef(message.Chat.Id, TopicOf(message));

    public static ChatTarget TargetOf(Message message) => new(message.Chat.Id, TopicOf(message));

    public static bool IsDirect(Chat chat) => chat.Type == ChatType.Private;

    /// <summary>An anonymous group admin posts as the group itself (From is Telegram's GroupAnonymousBot).</summary>
    public static bool IsAnonymousAdmin(Message message) => message.SenderChat is { } sender && sender.Id == message.Chat.Id;

    private static int? TopicOf(Message message) => message.IsTopicMessage ? message.MessageThreadId : null;
}
