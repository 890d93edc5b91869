using FactBot.Core.Abstractions;
using FactBot.Core.Alerts;
using FactBot.Core.Messages;
using FactBot.Core.Subscriptions;

namespace FactBot.Core.Delivery;

/// <summary>
/// Sends each alert change to the subscriptions that want it, through the outbox. Alerts in a subscriber's quiet
/// hours are not sent: the next digest carries them. Updates edit the first message where the platform allows.
/// Opened and re-opened alerts carry a chart of the target's volume when <paramref name="charts"/> can draw one.
/// </summary>
public sealed class AlertRouter(ISubscriptionStore subscriptions, IOutboxStore outbox, AlertCharts? charts = null) : IAlertChangeHandler
{
    public async Task HandleAsync(IReadOnlyList<AlertChange> changes, DateTimeOffset now, CancellationToken ct = default)
    {
        var all = await subscriptions.ListAsync(ct);
        foreach (var change in changes)
        {
            if (change.Kind == AlertChangeKind.Closed)
                continue;

            // One message (and one chart render) per change, shared by every subscription it goes to; built only
            // once some subscription wants it.
            ChatMessage? message = null;
            foreach (var subscription in all)
            {
                if (!subscription.WantsAlerts() || !subscription.Covers(change.Alert) || subscription.Holds(change.Alert, now))
                    continue;
                message ??= CreateChatMessage(change, now);
                await outbox.EnqueueAsync(CreateMessage(change, message, subscription, now), ct);
            }
        }
    }

    public static string FirstMessageId(string alertId, ChatRef chat) => $"alert:{alertId}:{chat.Key}";

    private ChatMessage CreateChatMessage(AlertChange change, DateTimeOffset now)
    {
        var message = AlertMessageFactory.Create(change.Alert, change.Kind);
        // A new or re-opened alert is news and gets a chart drawn now; an update only adds evidence to one
        // already charted, so it is not drawn again.
        if (charts is null || change.Kind is not (AlertChangeKind.Opened or AlertChangeKind.Reopened))
            return message;
        return charts.RenderAlert(change.Alert, now) is { } png ? message with { ChartPng = png } : message;
    }

    private static OutboxMessage CreateMessage(AlertChange change, ChatMessage message, Subscription subscription, DateTimeOffset now)
    {
        var alert = change.Alert;
        var isFirst = change.Kind == AlertChangeKind.Opened;
        return new OutboxMessage
        {
            Id = isFirst ? FirstMessageId(alert.Id, subscription.Chat) : $"alert:{alert.Id}:r{alert.Revision}:{subscription.Chat.Key}",
            Chat = subscription.Chat,
            Kind = isFirst ? OutboxKind.Alert : OutboxKind.AlertUpdate,
            Message = message,
            AlertId = alert.Id,
            SubscriptionId = subscription.Id,
            CreatedAt = now,
            DueAt = now,
            EditsOutboxId = isFirst ? null : FirstMessageId(alert.Id, subscription.Chat),
        };
    }
}
