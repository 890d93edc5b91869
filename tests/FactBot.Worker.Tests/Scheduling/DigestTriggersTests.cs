using FactBot.Core.Subscriptions;
using FactBot.Worker.Jobs;
using FactBot.Worker.Scheduling;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace FactBot.Worker.Tests.Scheduling;

public sealed class DigestTriggersTests
{
    private static readonly Subscription BerlinAtNine = new()
    {
        Chat = new ChatRef("telegram", "-100"), Schedule = "0 0 9 * * ?", TimeZone = "Europe/Berlin",
    };

    [Fact]
    public void Build_DailyAtNineInBerlin_FiresAtEightUtcBeforeAndSevenUtcAfterTheSpringChange()
    {
        var trigger = DigestTriggers.Build(BerlinAtNine, new FakeTimeProvider(new DateTimeOffset(2026, 3, 27, 12, 0, 0, TimeSpan.Zero)))!;

        Assert.Equal(
        [
            new DateTimeOffset(2026, 3, 28, 8, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 29, 7, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero),
        ], FireTimes(trigger, 3));
    }

    [Fact]
    public void Build_DailyAtNineInBerlin_FiresAtSevenUtcBeforeAndEightUtcAfterTheAutumnChange()
    {
        var trigger = DigestTriggers.Build(BerlinAtNine, new FakeTimeProvider(new DateTimeOffset(2026, 10, 23, 12, 0, 0, TimeSpan.Zero)))!;

        Assert.Equal(
        [
            new DateTimeOffset(2026, 10, 24, 7, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 10, 25, 8, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 10, 26, 8, 0, 0, TimeSpan.Zero),
        ], FireTimes(trigger, 3));
    }

    [Fact]
    public void Build_WeeklyInNewYork_KeepsItsLocalTimeAcrossTheAutumnChange()
    {
        var subscription = BerlinAtNine with { Schedule = "0 0 8 ? * MON", TimeZone = "America/New_York" };

        var trigger = DigestTriggers.Build(subscription, new FakeTimeProvider(new DateTimeOffset(2026, 10, 20, 0, 0, 0, TimeSpan.Zero)))!;

        Assert.Equal(
        [
            new DateTimeOffset(2026, 10, 26, 12, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 11, 2, 13, 0, 0, TimeSpan.Zero),
        ], FireTimes(trigger, 2));
    }

    [Fact]
    public void Build_CarriesTheSubscriptionToTheDigestJob()
    {
        var trigger = DigestTriggers.Build(BerlinAtNine, new FakeTimeProvider())!;

        Assert.Equal(DigestTriggers.KeyFor(BerlinAtNine.Id), trigger.Key);
        Assert.Equal(DigestTriggers.Group, trigger.Key.Group);
        Assert.Equal(DigestJob.Key, trigger.JobKey);
        Assert.Equal(BerlinAtNine.Id, trigger.JobDataMap[DigestTriggers.SubscriptionKey]);
        Assert.True(DigestTriggers.Matches(trigger, BerlinAtNine));
        Assert.False(DigestTriggers.Matches(trigger, BerlinAtNine with { TimeZone = "Europe/Paris" }));
        Assert.False(DigestTriggers.Matches(trigger, BerlinAtNine with { Schedule = "0 0 10 * * ?" }));
    }

    [Fact]
    public void Build_NoDigestsWantedOrUnrunnableCron_IsNoTrigger()
    {
        var time = new FakeTimeProvider();

        Assert.Null(DigestTriggers.Build(BerlinAtNine with { Mode = SubscriptionMode.Alerts }, time));
        Assert.Null(DigestTriggers.Build(BerlinAtNine with { SuspendedReason = "bot was removed" }, time));
        Assert.Null(DigestTriggers.Build(BerlinAtNine with { Schedule = "not a cron" }, time));
    }

    private static List<DateTimeOffset> FireTimes(ITrigger trigger, int count)
    {
        var times = new List<DateTimeOffset>();
        DateTimeOffset? at = trigger.StartTimeUtc.AddTicks(-1);
        while (times.Count < count)
        {
            at = trigger.GetFireTimeAfter(at) ?? throw new InvalidOperationException("The trigger stopped firing.");
            times.Add(at.Value);
        }

        return times;
    }
}
