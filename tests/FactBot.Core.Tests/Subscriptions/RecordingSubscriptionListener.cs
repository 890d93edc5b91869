using FactBot.Core.Subscriptions;

namespace FactBot.Core.Tests.Subscriptions;

/// <summary>Remembers every change it hears of: (subscription id, the subscription now, or null when removed).</summary>
internal sealed class RecordingSubscriptionListener : ISubscriptionChangeListener
{
    private readonly List<(string Id, Subscription? Current)> _changes = [];

    public IReadOnlyList<(string Id, Subscription? Current)> Changes
    {
        get
        {
            lock (_changes)
                return [.. _changes];
        }
    }

    public Task SubscriptionChangedAsync(string subscriptionId, Subscription? current, CancellationToken ct = default)
    {
        lock (_changes)
            _changes.Add((subscriptionId, current));
        return Task.CompletedTask;
    }
}
