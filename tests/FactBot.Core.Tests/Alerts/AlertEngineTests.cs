using FactBot.Core.Alerts;
using FactBot.TestKit.Alerts;
using FactBot.TestKit.Fakes;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Alerts;

public sealed class AlertEngineTests
{
    private static readonly DateTimeOffset T0 = PostBuilder.Epoch.AddHours(1);
    private readonly InMemoryAlertStore _store = new();
    private readonly AlertOptions _options = new() { QuietPeriod = TimeSpan.FromHours(6), ReopenWindow = TimeSpan.FromHours(24) };

    private AlertEngine CreateSut() => new(_store, _options);

    [Fact]
    public async Task ApplyAsync_FirstSignal_OpensAnAlertWithItsNumbers()
    {
        var sut = CreateSut();

        var changes = await sut.ApplyAsync([SignalBuilder.Surge(windowEnd: T0, count: 42)], T0);

        var change = Assert.Single(changes);
        Assert.Equal(AlertChangeKind.Opened, change.Kind);
        Assert.Matches("^A-[0-9A-Z]{4}$", change.Alert.Id);
        Assert.Equal(42, change.Alert.Signals["count"]);
        Assert.Equal(change.Alert, await _store.GetAsync(change.Alert.Id));
    }

    [Fact]
    public async Task ApplyAsync_AudienceGrows_TheAlertKeepsEveryListItWasNewsForAndSaysWhatItWas()
    {
        var sut = CreateSut();
        await sut.ApplyAsync([SignalBuilder.Surge(windowEnd: T0) with { Audience = ["main"] }], T0);

        var changes = await sut.ApplyAsync(
            [SignalBuilder.Surge(windowEnd: T0.AddHours(1), severity: Severity.High) with { Audience = ["ukraine-war", "main"] }], T0.AddHours(1));

        var change = Assert.Single(changes);
        Assert.Equal(["main", "ukraine-war"], change.Alert.Watchlists);
        Assert.True(change.Alert.IsFor("ukraine-war"));
        Assert.False(change.Alert.IsFor("elections"));
        Assert.Equal(Severity.Medium, change.Was);
        Assert.True(change.Raised);
    }

    [Fact]
    public async Task ApplyAsync_OnlyANewListWatchingIt_IsAChangeWorthRouting()
    {
        var sut = CreateSut();
        await sut.ApplyAsync([SignalBuilder.Surge(windowEnd: T0) with { Audience = ["main"] }], T0);

        var same = await sut.ApplyAsync([SignalBuilder.Surge(windowEnd: T0) with { Audience = ["main"] }], T0.AddMinutes(5));
        var wider = await sut.ApplyAsync([SignalBuilder.Surge(windowEnd: T0) with { Audience = ["main", "elections"] }], T0.AddMinutes(10));

        Assert.Empty(same);
        Assert.Equal(["main", "elections"], Assert.Single(wider).Alert.Watchlists);
    }

    [Fact]
    public async Task ApplyAsync_SecondSignalSameTarget_UpdatesTheOpenAlert()
    {
        var sut = CreateSut();
        var opened = (await sut.ApplyAsync([SignalBuilder.Surge(windowEnd: T0)], T0))[0].Alert;

        var changes = await sut.ApplyAsync([SignalBuilder.Surge(windowEnd: T0.AddHours(1), severity: Severity.High, count: 90)], T0.AddHours(1));

        var change = Assert.Single(changes);
        Assert.Equal(AlertChangeKind.Updated, change.Kind);
        Assert.Equal(opened.Id, change.Alert.Id);
        Assert.Equal(2, change.Alert.Revision);
        Assert.Equal(Severity.High, change.Alert.Severity);
        Assert.Equal(T0.AddHours(-1), change.Alert.WindowStart);
        Assert.Equal(T0.AddHours(1), change.Alert.WindowEnd);
    }

    [Fact]
    public async Task ApplyAsync_QuietPeriodPassed_ClosesTheAlert()
    {
        var sut = CreateSut();
        await sut.ApplyAsync([SignalBuilder.Surge(windowEnd: T0)], T0);

        var early = await sut.ApplyAsync([], T0.AddHours(5));
        var late = await sut.ApplyAsync([], T0.AddHours(6));

        Assert.Empty(early);
        var closed = Assert.Single(late);
        Assert.Equal(AlertChangeKind.Closed, closed.Kind);
        Assert.Equal(AlertStatus.Closed, (await _store.GetAsync(closed.Alert.Id))!.Status);
    }

    [Fact]
    public async Task ApplyAsync_ResurgeWithinReopenWindow_ReopensTheSameAlert()
    {
        var sut = CreateSut();
        var opened = (await sut.ApplyAsync([SignalBuilder.Surge(windowEnd: T0)], T0))[0].Alert;
        await sut.ApplyAsync([], T0.AddHours(7));

        var changes = await sut.ApplyAsync([SignalBuilder.Surge(windowEnd: T0.AddHours(10))], T0.AddHours(10));

        var change = Assert.Single(changes);
        Assert.Equal(AlertChangeKind.Reopened, change.Kind);
        Assert.Equal(opened.Id, change.Alert.Id);
        Assert.Equal(1, change.Alert.ReopenCount);
        Assert.Null(change.Alert.ClosedAt);
    }

    [Fact]
    public async Task ApplyAsync_ResurgeAfterReopenWindow_OpensANewAlert()
    {
        var sut = CreateSut();
        var first = (await sut.ApplyAsync([SignalBuilder.Surge(windowEnd: T0)], T0))[0].Alert;
        await sut.ApplyAsync([], T0.AddHours(7));

        var changes = await sut.ApplyAsync([SignalBuilder.Surge(windowEnd: T0.AddDays(3))], T0.AddDays(3));

        Assert.Equal(AlertChangeKind.Opened, Assert.Single(changes).Kind);
        Assert.NotEqual(first.Id, changes[0].Alert.Id);
    }

    [Fact]
    public async Task ApplyAsync_SameDataInAFreshStore_GivesTheSameIds()
    {
        var first = await CreateSut().ApplyAsync([SignalBuilder.Surge("#a", T0), SignalBuilder.Surge("#b", T0)], T0);
        var second = await new AlertEngine(new InMemoryAlertStore(), _options)
            .ApplyAsync([SignalBuilder.Surge("#a", T0), SignalBuilder.Surge("#b", T0)], T0);

        Assert.Equal(first.Select(c => c.Alert.Id), second.Select(c => c.Alert.Id));
        Assert.NotEqual(first[0].Alert.Id, first[1].Alert.Id);
    }

    [Fact]
    public async Task ApplyAsync_EngineRestarted_ContinuesTheStoredOpenAlert()
    {
        var opened = (await CreateSut().ApplyAsync([SignalBuilder.Surge(windowEnd: T0)], T0))[0].Alert;

        var changes = await CreateSut().ApplyAsync([SignalBuilder.Surge(windowEnd: T0.AddHours(1))], T0.AddHours(1));

        Assert.Equal(AlertChangeKind.Updated, Assert.Single(changes).Kind);
        Assert.Equal(opened.Id, changes[0].Alert.Id);
    }

    [Fact]
    public async Task ApplyAsync_CoordinationAndStateMediaOnOneTarget_RaiseEachOther()
    {
        var sut = CreateSut();
        var volume = (await sut.ApplyAsync([SignalBuilder.Surge("#donbas", T0)], T0))[0].Alert;

        var changes = await sut.ApplyAsync(
            [SignalBuilder.Surge("#donbas", T0) with { Kind = AlertKind.Coordination, Severity = Severity.Medium },
             SignalBuilder.Surge("#donbas", T0) with { Kind = AlertKind.StateMediaSurge, Severity = Severity.Low }],
            T0);

        var stored = await _store.QueryAsync("#donbas", null, null, 10);
        Assert.All(stored, a => Assert.Equal(Severity.Critical, a.Severity));
        Assert.Contains("Corroborated by coordinated posting and state-media surge", (await _store.GetAsync(volume.Id))!.Explanation, StringComparison.Ordinal);
        Assert.Equal(3, changes.Count);
        Assert.Equal(2, changes.Count(c => c.Kind == AlertChangeKind.Opened));
        Assert.All(changes.Where(c => c.Kind == AlertChangeKind.Opened), c => Assert.Equal(1, c.Alert.Revision));
    }

    [Fact]
    public async Task ApplyAsync_CorroborationAppliedTwice_ChangesNothingMore()
    {
        var sut = CreateSut();
        await sut.ApplyAsync(
            [SignalBuilder.Surge("#x", T0) with { Kind = AlertKind.Coordination }, SignalBuilder.Surge("#x", T0) with { Kind = AlertKind.StateMediaSurge }],
            T0);

        var again = await sut.ApplyAsync([], T0.AddMinutes(1));

        Assert.Empty(again);
    }

    [Fact]
    public async Task ApplyAsync_UpdateAfterVolunteersVoted_KeepsTheStoredVerdictTally()
    {
        var sut = CreateSut();
        var opened = (await sut.ApplyAsync([SignalBuilder.Surge(windowEnd: T0)], T0))[0].Alert;
        await _store.UpsertAsync(opened with { Verdicts = new VerdictTally(Coordinated: 2, Organic: 1) });

        var changes = await sut.ApplyAsync([SignalBuilder.Surge(windowEnd: T0.AddHours(1))], T0.AddHours(1));

        Assert.Equal(new VerdictTally(Coordinated: 2, Organic: 1), changes[0].Alert.Verdicts);
        Assert.Equal(new VerdictTally(Coordinated: 2, Organic: 1), (await _store.GetAsync(opened.Id))!.Verdicts);
    }
}
