using FactBot.Core.Abstractions;
using FactBot.Core.Audit;
using FactBot.Core.Subscriptions;

namespace FactBot.Core.Delivery;

/// <summary>
/// Moves a chat to its new id (a Telegram group upgraded to a supergroup): its subscriptions (active again if the move
/// had suspended them) and every message still queued for it, in every topic of it. Audited. Safe to run twice: the
/// platform reports a move both as an update and as the error of the next send.
/// </summary>
public sealed class ChatMover(ISubscriptionStore subscriptions, SubscriptionManager manager, IOutboxStore outbox, IAuditLog audit, TimeProvider time)
{
    /// <summary>Returns where <paramref name="chat"/> lives now.</summary>
    public async Task<ChatRef> MoveAsync(ChatRef chat, string toChatId, CancellationToken ct = default)
    {
        var to = chat with { ChatId = toChatId };
        if (string.Equals(chat.ChatId, toChatId, StringComparison.Ordinal))
            return to;

        foreach (var subscription in await subscriptions.ListAsync(ct))
        {
            if (subscription.Chat.Platform != chat.Platform || subscription.Chat.ChatId != chat.ChatId)
                continue;
            var moved = subscription with { Chat = subscription.Chat with { ChatId = toChatId }, SuspendedReason = null };
            await manager.SaveAsync(moved, ct);
            await manager.RemoveAsync(subscription.Id, ct);
            await audit.AppendAsync(new AuditEntry
            {
                At = time.GetUtcNow(),
                Actor = $"{chat.Platform}:system (chat moved)",
                Action = "subscription moved",
                Subject = moved.Id,
                Before = subscription.Id,
                After = moved.Id,
                Chat = moved.Chat.Key,
            }, ct);
        }

        await outbox.MoveChatAsync(chat.Platform, chat.ChatId, toChatId, ct);
        return to;
    }
}
