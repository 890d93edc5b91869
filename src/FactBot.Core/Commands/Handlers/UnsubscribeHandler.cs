using FactBot.Core.Abstractions;
using FactBot.Core.Audit;
using FactBot.Core.Subscriptions;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Commands.Handlers;

/// <summary><c>/unsubscribe [watchlist]</c>: removes this chat's subscription to a watchlist (default main).</summary>
public sealed class UnsubscribeHandler(SubscriptionManager manager, ISubscriptionStore subscriptions, IAuditLog audit, TimeProvider time) : ICommandHandler
{
    public string Name => "unsubscribe";

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default)
    {
        var request = context.Request;
        var watchlist = context.Arguments.Text("watchlist") ?? Watchlist.MainName;
        var id = new Subscription { Chat = request.Chat, Watchlist = watchlist }.Id;
        var removed = await manager.RemoveAsync(id, ct);
        if (removed is null)
        {
            var others = (await subscriptions.ListForChatAsync(request.Chat.Key, ct)).Select(s => s.Watchlist).ToList();
            return CommandReply.Text(
                $"This chat has no subscription to {watchlist}",
                others.Count == 0
                    ? "Nothing was changed. This chat has no subscriptions at all."
                    : $"Nothing was changed. This chat is subscribed to: {string.Join(", ", others)}.",
                ephemeral: true);
        }

        if (!request.IsDirectMessage)
        {
            await audit.AppendAsync(new AuditEntry
            {
                At = time.GetUtcNow(),
                Actor = context.Actor,
                Action = "unsubscribe",
                Subject = id,
                Before = SubscriptionText.Audit(removed),
                Chat = request.Chat.Key,
            }, ct);
        }

        return CommandReply.Text(
            $"Unsubscribed this chat from {watchlist}",
            "No more alerts or digests for it here. /subscribe to start again.");
    }
}
