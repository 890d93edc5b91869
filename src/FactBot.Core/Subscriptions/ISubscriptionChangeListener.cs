namespace FactBot.Core.Subscriptions;

/// <summary>
/// Hears about every subscription created, changed or removed through <see cref="SubscriptionManager"/>, so the
/// worker's digest triggers follow at once (no restart, no polling delay).
/// </summary>
public interface ISubscriptionChangeListener
{
    /// <param name="subscriptionId">The subscription's <see cref="Subscription.Id"/>.</param>
    /// <param name="current">The subscription as now stored, or null when it was removed.</param>
    /// <param name="ct">Cancels the notification.</param>
    Task SubscriptionChangedAsync(string subscriptionId, Subscription? current, CancellationToken ct = default);
}
