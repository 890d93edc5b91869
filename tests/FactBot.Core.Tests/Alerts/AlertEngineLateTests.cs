using FactBot.Core.Alerts;
using FactBot.Core.Messages;
using FactBot.TestKit.Alerts;
using FactBot.TestKit.Fakes;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Alerts;

/// <summary>Findings on windows long past: late data, and the same late data judged again.</summary>
public sealed class AlertEngineLateTests
{
    private static readonly DateTimeOffset T0 = PostBuilder.Epoch.AddHours(1);
    private readonly InMemoryAlertStore _store = new();
    private readonly AlertOptions _options = new() { QuietPeriod = TimeSpan.FromHours(6), ReopenWindow = TimeSpan.FromHours(24) };

    private AlertEngine CreateSut() => new(_store, _options);

    [Fact]
    public async Task ApplyAsync_FindingTwoDaysAfterItsWindow_OpensAnAlertThatSaysSoAndStaysOpenForTheQuietPeriod()
    {
        var sut = CreateSut();
        var now = T0 + TimeSpan.FromHours(51);

        var opened = Assert.Single(await sut.ApplyAsync([SignalBuilder.Surge(windowEnd: T0)], now)).Alert;
        var later = await sut.ApplyAsync([], now.AddHours(5));

        Assert.Equal(TimeSpan.FromHours(51), opened.LateBy);
        Assert.Empty(later);
        Assert.Equal(AlertChangeKind.Closed, Assert.Single(await sut.ApplyAsync([], now.AddHours(6))).Kind);
        var text = AlertMessageFactory.Create(opened, AlertChangeKind.Opened).Summary;
        Assert.StartsWith("Found late: the data arrived 2 d 3 h after the posts.", text);
    }

    [Fact]
    public async Task ApplyAsync_FindingOnTime_IsNotMarkedLate()
    {
        var sut = CreateSut();

        var opened = Assert.Single(await sut.ApplyAsync([SignalBuilder.Surge(windowEnd: T0)], T0.AddMinutes(1))).Alert;

        Assert.Null(opened.LateBy);
        Assert.DoesNotContain("Found late", AlertMessageFactory.Create(opened, AlertChangeKind.Opened).Summary);
    }

    [Fact]
    public async Task ApplyAsync_AnOlderWindowFoundAgainOnTheSameNumbers_ChangesNothing()
    {
        var sut = CreateSut();
        var first = SignalBuilder.Surge(windowEnd: T0, count: 42);
        await sut.ApplyAsync([first], T0);
        var newest = Assert.Single(await sut.ApplyAsync([SignalBuilder.Surge(windowEnd: T0.AddHours(1), count: 90)], T0.AddHours(1))).Alert;

        var again = await sut.ApplyAsync([first], T0.AddHours(2));

        Assert.Empty(again);
        var stored = await _store.GetAsync(newest.Id);
        Assert.Equal(90, stored!.Signals["count"]);
        Assert.Equal(newest.Revision, stored.Revision);
    }

    [Fact]
    public async Task ApplyAsync_AnOlderWindowWithNewEvidence_AddsItButKeepsTheNewestNumbers()
    {
        var sut = CreateSut();
        await sut.ApplyAsync([SignalBuilder.Surge(windowEnd: T0, count: 42)], T0);
        await sut.ApplyAsync([SignalBuilder.Surge(windowEnd: T0.AddHours(1), count: 90)], T0.AddHours(1));
        var older = SignalBuilder.Surge(windowEnd: T0, count: 50) with { Evidence = new AlertEvidence { PostKeys = ["tiktok:late"] } };

        var change = Assert.Single(await sut.ApplyAsync([older], T0.AddHours(2)));

        Assert.Equal(90, change.Alert.Signals["count"]);
        Assert.Contains("tiktok:late", change.Alert.Evidence.PostKeys);
    }

    [Fact]
    public async Task ApplyAsync_AWindowAClosedAlertAlreadyCovered_IsNotRaisedAgain()
    {
        var sut = CreateSut();
        var signal = SignalBuilder.Surge(windowEnd: T0);
        await sut.ApplyAsync([signal], T0);
        await sut.ApplyAsync([], T0.AddHours(7));

        var again = await sut.ApplyAsync([signal], T0.AddHours(8));

        Assert.Empty(again);
        Assert.Single(await _store.QueryAsync(null, null, null, 100));
    }

    [Fact]
    public async Task ApplyAsync_AWithdrawalOfTheAlertsOnlyWindow_WithdrawsItForGood()
    {
        var sut = CreateSut();
        var signal = SignalBuilder.Surge(windowEnd: T0);
        var opened = Assert.Single(await sut.ApplyAsync([signal], T0)).Alert;
        var withdraw = DetectionSignal.Withdraw(signal.Kind, signal.Target, signal.Watchlist, signal.WindowStart, signal.WindowEnd);

        var change = Assert.Single(await sut.ApplyAsync([withdraw], T0.AddHours(1)));
        var again = await sut.ApplyAsync([signal with { Numbers = new Dictionary<string, double> { ["count"] = 99 } }], T0.AddHours(2));

        Assert.Equal(AlertChangeKind.Withdrawn, change.Kind);
        Assert.Equal(AlertStatus.Withdrawn, (await _store.GetAsync(opened.Id))!.Status);
        Assert.StartsWith("Withdrawn: ", AlertMessageFactory.Create(change.Alert, change.Kind).Title);
        Assert.DoesNotContain(await _store.GetOpenAsync(), a => a.Id == opened.Id);
        Assert.Equal(AlertChangeKind.Opened, Assert.Single(again).Kind);
        Assert.NotEqual(opened.Id, again[0].Alert.Id);
    }

    [Fact]
    public async Task ApplyAsync_AWithdrawalOfOneOfSeveralWindows_LeavesTheAlertStanding()
    {
        var sut = CreateSut();
        var first = SignalBuilder.Surge(windowEnd: T0);
        await sut.ApplyAsync([first], T0);
        await sut.ApplyAsync([SignalBuilder.Surge(windowEnd: T0.AddHours(1))], T0.AddHours(1));

        var changes = await sut.ApplyAsync([DetectionSignal.Withdraw(first.Kind, first.Target, first.Watchlist, first.WindowStart, first.WindowEnd)], T0.AddHours(2));

        Assert.Empty(changes);
        Assert.Single(await _store.GetOpenAsync());
    }
}
