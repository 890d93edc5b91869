using FactBot.Core.Subscriptions;
using FactBot.Worker.Jobs;
using Quartz;

namespace FactBot.Worker.Scheduling;

/// <summary>
/// One Quartz cron trigger per subscription that wants digests, in the subscription's time zone, firing
/// <see cref="DigestJob"/> with the subscription id. Tests compute fire times from the very trigger built here.
/// </summary>
internal static class DigestTriggers
{
    public const string Group = "digests";
    public const string SubscriptionKey = "subscription";

    public static TriggerKey KeyFor(string subscriptionId) => new(subscriptionId, Group);

    /// <summary>Null when the subscription wants no digests (mode, suspended) or its stored cron no longer parses.</summary>
    public static ITrigger? Build(Subscription subscription, TimeProvider time)
    {
        if (!subscription.WantsDigests() || !CronExpression.TryParse(subscription.Schedule, out var cron) || cron is null)
            return null;
        return TriggerBuilder.Create(time)
            .WithIdentity(KeyFor(subscription.Id))
            .ForJob(DigestJob.Key)
            .UsingJobData(SubscriptionKey, subscription.Id)
            .WithDescription($"Digest for {subscription.Id}: {subscription.Schedule} in {subscription.TimeZone}")
            .WithSchedule(CronScheduleBuilder.Create(cron).InTimeZone(subscription.ResolveTimeZone()))
            .StartAt(time.GetUtcNow())
            .Build();
    }

    /// <summary>Whether a scheduled trigger already runs this subscription's schedule in its zone.</summary>
    public static bool Matches(ITrigger? existing, Subscription subscription) =>
        existing is ICronTrigger cron
        && string.Equals(cron.CronExpressionString, subscription.Schedule, StringComparison.Ordinal)
        && string.Equals(cron.TimeZone.Id, subscription.ResolveTimeZone().Id, StringComparison.Ordinal);
}
