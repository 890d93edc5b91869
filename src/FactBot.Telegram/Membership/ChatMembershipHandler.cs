using System.Globalization;
using FactBot.Core.Abstractions;
using FactBot.Core.Audit;
using FactBot.Core.Delivery;
using FactBot.Core.Subscriptions;
using FactBot.Telegram.Commands;
using FactBot.Telegram.Delivery;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactBot.Telegram.Membership;

/// <summary>
/// The bot's own membership (my_chat_member): removed from a chat, or blocked in a DM → that chat's subscriptions are
/// suspended with the reason; added back or unblocked → the suspended ones are active again. A group upgraded to a
/// supergroup gets a new chat id; its subscriptions move with it. Each change is saved through the
/// <see cref="SubscriptionManager"/> (digest triggers follow) and written to the audit log.
/// </summary>
internal sealed partial class ChatMembershipHandler(
    ISubscriptionStore subscriptions,
    SubscriptionManager manager,
    IAuditLog audit,
    ChatAdminCache admins,
    ChatMover mover,
    TimeProvider time,
    ILogger<ChatMembershipHandler> logger)
{
    public async Task HandleAsync(ChatMemberUpdated update, CancellationToken ct)
    {
        admins.Forget(update.Chat.Id);
        var wasIn = update.OldChatMember.IsInChat;
        var isIn = update.NewChatMember.IsInChat;
        if (wasIn == isIn)
            return; // e.g. promoted to administrator: nothing changes for delivery

        var reason = isIn ? null : Reason(update);
        var actor = $"{ChatTarget.Platform}:{update.From.Id.ToString(CultureInfo.InvariantCulture)} ({TelegramCallers.DisplayName(update.From)})";
        var changed = 0;
        foreach (var subscription in await OfChatAsync(update.Chat.Id, ct))
        {
            if (isIn ? subscription.SuspendedReason is null : subscription.SuspendedReason == reason)
                continue;
            var after = subscription with { SuspendedReason = reason };
            await manager.SaveAsync(after, ct);
            await AuditAsync(actor, isIn ? "subscription activated" : "subscription suspended", subscription, after, ct);
            changed++;
        }

        LogMembership(logger, update.Chat.Id, isIn ? "added" : reason!, changed);
    }

    /// <summary>
    /// A group became a supergroup with a new id: its subscriptions (active), its admin answers and every message queued
    /// for it follow it.
    /// </summary>
    public async Task HandleMigrationAsync(long fromChatId, long toChatId, CancellationToken ct)
    {
        admins.Forget(fromChatId);
        admins.Forget(toChatId);
        var from = new ChatRef(ChatTarget.Platform, fromChatId.ToString(CultureInfo.InvariantCulture));
        await mover.MoveAsync(from, toChatId.ToString(CultureInfo.InvariantCulture), ct);
    }

    private async Task<List<Subscription>> OfChatAsync(long chatId, CancellationToken ct)
    {
        // Forum topics have their own chat keys (chat:topic), so match on the chat id rather than the key.
        var id = chatId.ToString(CultureInfo.InvariantCulture);
        return [.. (await subscriptions.ListAsync(ct)).Where(s => s.Chat.Platform == ChatTarget.Platform && s.Chat.ChatId == id)];
    }

    private static string Reason(ChatMemberUpdated update)
    {
        var by = TelegramCallers.DisplayName(update.From);
        return update.NewChatMember.Status switch
        {
            ChatMemberStatus.Kicked when update.Chat.Type == ChatType.Private => "the user blocked the bot",
            ChatMemberStatus.Kicked => $"the bot was removed from the chat by {by}",
            ChatMemberStatus.Restricted => $"the bot was restricted in the chat by {by}",
            _ => "the bot left the chat",
        };
    }

    private Task AuditAsync(string actor, string action, Subscription before, Subscription after, CancellationToken ct) =>
        audit.AppendAsync(new AuditEntry
        {
            At = time.GetUtcNow(),
            Actor = actor,
            Action = action,
            Subject = after.Id,
            Before = Describe(before),
            After = Describe(after),
            Chat = after.Chat.Key,
        }, ct);

    private static string Describe(Subscription subscription) =>
        $"{subscription.Id} · {(subscription.SuspendedReason is { } reason ? "suspended: " + reason : "active")}";

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram chat {ChatId}: bot {Change}; {Count} subscription(s) changed")]
    private static partial void LogMembership(ILogger logger, long chatId, string change, int count);
}
