using FactBot.Core.Alerts;

namespace FactBot.Core.Subscriptions;

/// <summary>The questions the router and the digest job ask of a subscription.</summary>
public static class SubscriptionRules
{
    public static bool WantsAlerts(this Subscription subscription) =>
        subscription.SuspendedReason is null && subscription.Mode is SubscriptionMode.Alerts or SubscriptionMode.Both;

    public static bool WantsDigests(this Subscription subscription) =>
        subscription.SuspendedReason is null && subscription.Mode is SubscriptionMode.Digest or SubscriptionMode.Both;

    public static bool Covers(this Subscription subscription, Alert alert) =>
        alert.IsFor(subscription.Watchlist) && alert.Severity >= subscription.MinSeverity;

    /// <summary>Whether an alert arriving at <paramref name="now"/> is held for the next digest.</summary>
    public static bool Holds(this Subscription subscription, Alert alert, DateTimeOffset now)
    {
        if (subscription.Quiet is not { } quiet)
            return false;
        if (alert.Severity == Severity.Critical && subscription.CriticalBypassesQuiet)
            return false;
        var local = TimeZoneInfo.ConvertTime(now, subscription.ResolveTimeZone());
        return quiet.Contains(TimeOnly.FromTimeSpan(local.TimeOfDay));
    }

    public static TimeZoneInfo ResolveTimeZone(this Subscription subscription) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(subscription.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
