using FactBot.Core.Abstractions;
using FactBot.Core.Subscriptions;
using Microsoft.Extensions.Logging;
using Quartz;

namespace FactBot.Worker.Scheduling;

/// <summary>
/// Keeps the digest triggers equal to the subscriptions: told at once of each change made through commands, and
/// reconciled with the store every minute (and at start) for changes made elsewhere, such as a subscription the
/// outbox suspended or another process's edits.
/// </summary>
internal sealed partial class DigestScheduler(ISchedulerFactory factory, ISubscriptionStore subscriptions, ILogger<DigestScheduler> logger)
    : ISubscriptionChangeListener, IDisposable
{
    // A notification and the periodic reconcile may run together; one at a time keeps read-then-write consistent.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task SubscriptionChangedAsync(string subscriptionId, Subscription? current, CancellationToken ct = default)
    {
        var scheduler = await factory.GetScheduler(ct);
        await _gate.WaitAsync(ct);
        try
        {
            await ApplyAsync(scheduler, subscriptionId, current, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Makes the triggers match the store; returns how many were created, changed or removed.</summary>
    public async Task<int> ReconcileAsync(CancellationToken ct = default)
    {
        var scheduler = await factory.GetScheduler(ct);
        await _gate.WaitAsync(ct);
        try
        {
            var all = await subscriptions.ListAsync(ct);
            var changed = 0;
            foreach (var subscription in all)
            {
                if (await ApplyAsync(scheduler, subscription.Id, subscription, ct))
                    changed++;
            }

            var ids = all.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var key in await ScheduledKeysAsync(scheduler, ct))
            {
                if (!ids.Contains(key.Name) && await scheduler.UnscheduleJob(key, ct))
                    changed++;
            }

            return changed;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The subscription ids that have a digest trigger now.</summary>
    public async Task<IReadOnlyList<string>> ScheduledAsync(CancellationToken ct = default) =>
        [.. (await ScheduledKeysAsync(await factory.GetScheduler(ct), ct)).Select(k => k.Name).Order(StringComparer.Ordinal)];

    private async Task<bool> ApplyAsync(IScheduler scheduler, string subscriptionId, Subscription? subscription, CancellationToken ct)
    {
        var key = DigestTriggers.KeyFor(subscriptionId);
        var existing = await scheduler.GetTrigger(key, ct);
        var trigger = subscription is null ? null : DigestTriggers.Build(subscription, scheduler.TimeProvider);
        if (trigger is null)
        {
            if (subscription is not null && subscription.WantsDigests())
                LogUnschedulable(logger, subscriptionId, subscription.Schedule);
            return existing is not null && await scheduler.UnscheduleJob(key, ct);
        }

        if (DigestTriggers.Matches(existing, subscription!))
            return false;
        await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, ct);
        LogScheduled(logger, subscriptionId, subscription!.Schedule, subscription.TimeZone);
        return true;
    }

    private static async Task<List<TriggerKey>> ScheduledKeysAsync(IScheduler scheduler, CancellationToken ct)
    {
        var keys = new List<TriggerKey>();
        var query = new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(DigestTriggers.Group) };
        while (true)
        {
            var page = await scheduler.QueryTriggers(query with { Skip = keys.Count }, ct);
            keys.AddRange(page.Items.Select(h => h.Key));
            if (!page.HasMore || page.Items.Count == 0)
                return keys;
        }
    }

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Digests for {Subscription} scheduled: {Cron} in {TimeZone}")]
    private static partial void LogScheduled(ILogger logger, string subscription, string cron, string timeZone);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digests for {Subscription} cannot be scheduled: '{Cron}' is not a Quartz cron")]
    private static partial void LogUnschedulable(ILogger logger, string subscription, string cron);
}
