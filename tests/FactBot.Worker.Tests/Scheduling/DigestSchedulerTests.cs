using FactBot.Core.Subscriptions;
using FactBot.Worker.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Worker.Tests.Scheduling;

public sealed class DigestSchedulerTests : IAsyncDisposable
{
    private const string Group = "telegram:-100|main";
    private readonly SchedulingHarness _h = new(new DateTimeOffset(2026, 3, 27, 12, 0, 0, TimeSpan.Zero));

    public ValueTask DisposeAsync() => _h.DisposeAsync();

    [Fact]
    public async Task Subscribe_CreatesTheTriggerAtOnceInTheSubscribersZone()
    {
        await _h.AdminAsync("/subscribe schedule:daily@09:00 tz:Europe/Berlin");

        var trigger = await _h.TriggerAsync(Group);

        Assert.NotNull(trigger);
        Assert.Equal("0 0 9 * * ?", trigger.CronExpressionString);
        Assert.Equal("Europe/Berlin", trigger.TimeZone.Id);
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 8, 0, 0, TimeSpan.Zero), trigger.GetFireTimeAfter(_h.Time.GetUtcNow()));
    }

    [Fact]
    public async Task Subscribe_NewScheduleOrZone_ReplacesTheTrigger()
    {
        await _h.AdminAsync("/subscribe schedule:daily@09:00");

        await _h.AdminAsync("/subscribe schedule:weekly@fri-17:00 tz:Asia/Tokyo");

        var trigger = await _h.TriggerAsync(Group);
        Assert.Equal("0 0 17 ? * FRI", trigger!.CronExpressionString);
        Assert.Equal("Asia/Tokyo", trigger.TimeZone.Id);
        Assert.Equal([Group], await _h.Scheduler.ScheduledAsync());
    }

    [Fact]
    public async Task AlertsOnlyOrUnsubscribe_RemovesTheTriggerAtOnce()
    {
        await _h.AdminAsync("/subscribe");
        await _h.AdminAsync("/subscribe watchlist:main", chatId: "-200");

        await _h.AdminAsync("/subscribe mode:alerts");
        await _h.AdminAsync("/unsubscribe", chatId: "-200");

        Assert.Empty(await _h.Scheduler.ScheduledAsync());
    }

    [Fact]
    public async Task ReconcileAsync_FollowsChangesMadeBehindTheCommandsBack()
    {
        // Written straight to the store, as the outbox does when it suspends a subscription.
        var kept = new Subscription { Chat = new ChatRef("telegram", "-1") };
        var suspended = new Subscription { Chat = new ChatRef("telegram", "-2") };
        await _h.Subscriptions.UpsertAsync(kept);
        await _h.Subscriptions.UpsertAsync(suspended);
        Assert.Equal(2, await _h.Scheduler.ReconcileAsync());

        await _h.Subscriptions.UpsertAsync(suspended with { SuspendedReason = "bot was removed" });
        await _h.Subscriptions.UpsertAsync(kept with { Schedule = "0 0 7 * * ?" });
        var changed = await _h.Scheduler.ReconcileAsync();

        Assert.Equal(2, changed);
        Assert.Equal([kept.Id], await _h.Scheduler.ScheduledAsync());
        Assert.Equal("0 0 7 * * ?", (await _h.TriggerAsync(kept.Id))!.CronExpressionString);
        Assert.Equal(0, await _h.Scheduler.ReconcileAsync());
    }

    [Fact]
    public async Task ReconcileAsync_RemovesTriggersOfSubscriptionsNoLongerStored()
    {
        await _h.AdminAsync("/subscribe");
        await _h.Subscriptions.DeleteAsync(Group);

        Assert.Equal(1, await _h.Scheduler.ReconcileAsync());
        Assert.Empty(await _h.Scheduler.ScheduledAsync());
    }

    [Fact]
    public void Registration_ReplacesCoresShapeCheckWithQuartzsParser() =>
        Assert.IsType<QuartzScheduleValidator>(_h.Services.GetRequiredService<IScheduleValidator>());
}
