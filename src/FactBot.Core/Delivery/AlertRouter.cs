using FactBot.Core.Abstractions;
using FactBot.Core.Alerts;
using FactBot.Core.Messages;
using FactBot.Core.Subscriptions;

namespace FactBot.Core.Delivery;

/// <summary>
/// Sends each alert change, through the outbox, to every chat subscribed to a watchlist the alert is news for, once per
/// chat however many of those lists it follows; the first of its subscriptions whose filters (mode, minimum severity,
/// quiet hours) let the change through decides. Alerts held in quiet hours wait for the next digest.
/// </summary>
/// <remarks>
/// A chat hears an alert once: later changes edit that first message, silently. A re-opening or a rise to
/// <see cref="DeliveryOptions.NotifyAtSeverity"/> or above also sends a short notice, as a reply to the first message,
/// because an edit notifies nobody (not in quiet hours: the edit alone, and the digest tells). A change to an alert the
/// chat never heard of (held in quiet hours, or its first message refused) is sent as the alert itself, never as an
/// update of nothing. Opened and re-opened alerts carry a chart when <paramref name="charts"/> can draw one.
/// </remarks>
public sealed class AlertRouter(ISubscriptionStore subscriptions, IOutboxStore outbox, AlertCharts? charts = null, DeliveryOptions? options = null)
    : IAlertChangeHandler
{
    private readonly Severity _notifyAt = (options ?? new DeliveryOptions()).NotifyAtSeverity;

    public async Task HandleAsync(IReadOnlyList<AlertChange> changes, DateTimeOffset now, CancellationToken ct = default)
    {
        var chats = (await subscriptions.ListAsync(ct))
            .Where(s => s.WantsAlerts())
            .GroupBy(s => s.Chat.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var change in changes)
        {
            if (change.Kind == AlertChangeKind.Closed)
                continue;

            // One rendering (and one chart) per change, shared by every chat it goes to; made once some chat wants it.
            var renders = new Renders(change, now, charts);
            foreach (var chat in chats)
            {
                var covering = chat.Where(s => s.Covers(change.Alert)).ToList();
                if (covering.Count == 0)
                    continue;
                var open = covering.FirstOrDefault(s => !s.Holds(change.Alert, now));
                await RouteAsync(change, open ?? covering[0], held: open is null, renders, now, ct);
            }
        }
    }

    public static string FirstMessageId(string alertId, ChatRef chat) => $"alert:{alertId}:{chat.Key}";

    private async Task RouteAsync(AlertChange change, Subscription subscription, bool held, Renders renders, DateTimeOffset now, CancellationToken ct)
    {
        var alert = change.Alert;
        var firstId = FirstMessageId(alert.Id, subscription.Chat);
        var first = change.Kind == AlertChangeKind.Opened ? null : await outbox.GetAsync(firstId, ct);
        if (first is null or { State: OutboxState.Dead or OutboxState.Expired })
        {
            // Never heard of it here: in quiet hours the digest tells, and a withdrawal of it is no news; otherwise
            // the alert itself, as it stands now.
            if (held || change.Kind == AlertChangeKind.Withdrawn)
                return;
            var whole = Message(firstId, OutboxKind.Alert, renders.Whole, subscription, change, now);
            if (first is null)
                await outbox.EnqueueAsync(whole, ct);
            else
                await outbox.UpdateAsync(whole, ct);
            return;
        }

        // Heard, or about to be (per-chat order sends the first message before these): edit it, and make a notable
        // change heard.
        var revision = $"alert:{alert.Id}:r{alert.Revision}";
        await outbox.EnqueueAsync(Message($"{revision}:{subscription.Chat.Key}", OutboxKind.AlertUpdate, renders.Update, subscription, change, now) with
        {
            EditsOutboxId = firstId,
        }, ct);
        if (!held && Notable(change))
        {
            await outbox.EnqueueAsync(Message($"{revision}:notice:{subscription.Chat.Key}", OutboxKind.AlertNotice, renders.Notice, subscription, change, now) with
            {
                RepliesToOutboxId = firstId,
            }, ct);
        }
    }

    private bool Notable(AlertChange change) =>
        change.Kind == AlertChangeKind.Reopened || (change.Raised && change.Alert.Severity >= _notifyAt);

    private static OutboxMessage Message(string id, OutboxKind kind, ChatMessage message, Subscription subscription, AlertChange change, DateTimeOffset now) => new()
    {
        Id = id,
        Chat = subscription.Chat,
        Kind = kind,
        Message = message,
        AlertId = change.Alert.Id,
        SubscriptionId = subscription.Id,
        CreatedAt = now,
        DueAt = now,
    };

    // The renderings of one change, each made on first use.
    private sealed class Renders(AlertChange change, DateTimeOffset now, AlertCharts? charts)
    {
        private ChatMessage? _whole, _update, _notice;

        // The alert as it stands, with a chart: what a chat that has not heard of it gets.
        public ChatMessage Whole => _whole ??= WithChart(AlertMessageFactory.Create(change.Alert, change.Kind == AlertChangeKind.Reopened ? change.Kind : AlertChangeKind.Opened));

        // The edit of a first message already sent: the chart was drawn for it then.
        public ChatMessage Update => _update ??= AlertMessageFactory.Create(change.Alert, change.Kind);

        public ChatMessage Notice => _notice ??= AlertMessageFactory.Notice(change);

        private ChatMessage WithChart(ChatMessage message) =>
            charts?.RenderAlert(change.Alert, now) is { } png ? message with { ChartPng = png } : message;
    }
}
