using System.Globalization;
using FactBot.Core.Messages;

namespace FactBot.Core.Subscriptions;

/// <summary>How a subscription reads in replies and in the audit log: schedule in words and as cron, local times.</summary>
internal static class SubscriptionText
{
    public static string Mode(SubscriptionMode mode) => mode switch
    {
        SubscriptionMode.Alerts => "alerts as they fire",
        SubscriptionMode.Digest => "digests only",
        _ => "alerts and digests",
    };

    public static string Schedule(Subscription subscription) =>
        $"{DigestSchedule.Describe(subscription.Schedule)} ({subscription.Schedule})";

    /// <summary>"2026-03-28 09:00 Europe/Berlin (08:00 UTC)", or "… UTC" alone when the zone is UTC.</summary>
    public static string LocalTime(DateTimeOffset instant, Subscription subscription)
    {
        var zone = subscription.ResolveTimeZone();
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var text = local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return local.Offset == TimeSpan.Zero && zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime
            ? text + " UTC"
            : $"{text} {zone.Id} ({instant.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC)";
    }

    /// <summary>The subscription as fields: what a reply to /subscribe shows.</summary>
    public static List<ChatField> Fields(Subscription subscription, DateTimeOffset? nextDigest)
    {
        var fields = new List<ChatField>
        {
            new("Watchlist", subscription.Watchlist),
            new("Mode", Mode(subscription.Mode)),
            new("Minimum severity", subscription.MinSeverity.ToString()),
            new("Time zone", subscription.TimeZone),
            new("Quiet hours", Quiet(subscription), Inline: false),
        };
        if (subscription.Mode != SubscriptionMode.Alerts)
        {
            fields.Add(new ChatField("Digest schedule", Schedule(subscription), Inline: false));
            fields.Add(new ChatField("Next digest", nextDigest is { } next ? LocalTime(next, subscription) : "not known for this schedule", Inline: false));
            fields.Add(new ChatField("Empty digests", subscription.SendEmptyDigest ? "sent (\"nothing new\")" : "skipped"));
        }

        fields.Add(new ChatField("State", State(subscription), Inline: false));
        return fields;
    }

    public static string Quiet(Subscription subscription) => subscription.Quiet is not { } quiet
        ? "none"
        : subscription.CriticalBypassesQuiet
            ? $"{quiet} local: alerts held for the next digest, critical ones still sent"
            : $"{quiet} local: alerts held for the next digest";

    public static string State(Subscription subscription)
    {
        var state = subscription.SuspendedReason is { } reason ? $"suspended: {reason}" : "active";
        var last = subscription.LastDigestAt is { } at ? LocalTime(at, subscription) : "never";
        return subscription.Mode == SubscriptionMode.Alerts ? state : $"{state} · last digest {last}";
    }

    /// <summary>A compact line for the audit log's before/after.</summary>
    public static string Audit(Subscription subscription) =>
        $"mode={subscription.Mode.ToString().ToLowerInvariant()} schedule=\"{subscription.Schedule}\" tz={subscription.TimeZone} " +
        $"quiet={subscription.Quiet?.ToString() ?? "none"} min-severity={subscription.MinSeverity.ToString().ToLowerInvariant()} " +
        $"critical={(subscription.CriticalBypassesQuiet ? "through" : "held")} empty-digests={(subscription.SendEmptyDigest ? "on" : "off")}" +
        (subscription.SuspendedReason is { } reason ? $" suspended=\"{reason}\"" : "");
}
