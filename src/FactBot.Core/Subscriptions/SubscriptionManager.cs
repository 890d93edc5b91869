using FactBot.Core.Abstractions;

namespace FactBot.Core.Subscriptions;

/// <summary>Saves and removes subscriptions and tells the listeners (the digest scheduler) right after.</summary>
public sealed class SubscriptionManager(ISubscriptionStore store, IEnumerable<ISubscriptionChangeListener> listeners)
{
    private readonly IReadOnlyList<ISubscriptionChangeListener> _listeners = [.. listeners];

    public async Task SaveAsync(Subscription subscription, CancellationToken ct = default)
    {
        await store.UpsertAsync(subscription, ct);
        await NotifyAsync(subscription.Id, subscription, ct);
    }

    /// <summary>Removes the subscription; returns what was removed, or null when there was none.</summary>
    public async Task<Subscription?> RemoveAsync(string subscriptionId, CancellationToken ct = default)
    {
        if (await store.GetAsync(subscriptionId, ct) is not { } existing)
            return null;
        await store.DeleteAsync(subscriptionId, ct);
        await NotifyAsync(subscriptionId, null, ct);
        return existing;
    }

    private async Task NotifyAsync(string subscriptionId, Subscription? current, CancellationToken ct)
    {
        foreach (var listener in _listeners)
            await listener.SubscriptionChangedAsync(subscriptionId, current, ct);
    }
}
