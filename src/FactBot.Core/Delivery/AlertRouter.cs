using FactBot.Core.Abstractions;
using FactBot.Core.Alerts;
using FactBot.Core.Messages;
using FactBot.Core.Subscriptions;

namespace FactBot.Core.Delivery;

/// <summary>
/// Sends each alert change to the subscriptions that want it, through the outbox. Alerts in a subscriber's quiet
/// hours are not sent: the next digest carries them. Updates edit the first message where the platform allows.
/// </summary>
public sealed class AlertRouter(ISubscriptionStore subscriptions, IOutboxStore outbox) : IAlertChangeHandler
{
    public async Task HandleAsync(IReadOnlyList<AlertChange> changes, DateTimeOffset now, CancellationToken ct = default)
    {
        var all = await subscriptions.ListAsync(ct);
        foreach (var change in changes)
        {
            if (change.Kind == AlertChangeKind.Closed)
                continue;
            foreach (var subscription in all)
            {
                if (!subscription.WantsAlerts() || !subscription.Covers(change.Alert) || subscription.Holds(change.Alert, now))
                    continue;
                await outbox.EnqueueAsync(CreateMessage(change, subscription, now), ct);
            }
        }
    }

    public static string FirstMessageId(string alertId, ChatRef chat) => $"alert:{alertId}:{chat.Key}";

    private static OutboxMessage CreateMessage(AlertChange change, Subscription subscription, DateTimeOffset now)
    {
        var alert = change.Alert;
        var isFirst = change.Kind == AlertChangeKind.Opened;
        return new OutboxMessage
        {
            Id = isFirst ? FirstMessageId(alert.Id, subscription.Chat) : $"alert:{alert.Id}:r{alert.Revision}:{subscription.Chat.Key}",
            Chat = subscription.Chat,
            Kind = isFirst ? OutboxKind.Alert : OutboxKind.AlertUpdate,
            Message = AlertMessageFactory.Create(alert, change.Kind),
            AlertId = alert.Id,
            SubscriptionId = subscription.Id,
            CreatedAt = now,
            DueAt = now,
            EditsOutboxId = isFirst ? null : FirstMessageId(alert.Id, subscription.Chat),
        };
    }
}
