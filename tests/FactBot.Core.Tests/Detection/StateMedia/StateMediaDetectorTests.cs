using FactBot.Core.Alerts;
using FactBot.Core.Detection.StateMedia;
using FactBot.Core.Labels;
using FactBot.Core.Tests.Detection.Coordination.Streaming.Scenarios;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Tests.Detection.StateMedia;

public sealed class StateMediaDetectorTests
{
    private static readonly Watchlist[] Watchlists = [new() { Name = Watchlist.MainName, Targets = [new WatchTarget(TargetKind.Hashtag, "flood")] }];
    private static readonly DateTimeOffset Day3 = StateMediaScenario.Start + TimeSpan.FromDays(3);
    private static readonly AccountLabel Statewire = StateMediaScenario.Label("statewire_news", LabelCategory.StateControlled);
    private static readonly AccountLabel Mirror = StateMediaScenario.Label("rt_mirror", LabelCategory.StateControlled);
    private static readonly AccountLabel Embassy = StateMediaScenario.Label("embassy_x", LabelCategory.Diplomat);

    [Fact]
    public void Name_Always_IsStateMedia() => Assert.Equal("state-media", new StateMediaDetector(new StateMediaOptions()).Name);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Advance_LabelledAccountsPostBeforeTheCrowd_SaysTheyStartedTheWave(int seed)
    {
        var scenario = new StateMediaScenario(new Random(seed), "flood").Background(TimeSpan.FromDays(4))
            .Labelled(Statewire, At(10, 5)).Labelled(Mirror, At(10, 12)).Labelled(Embassy, At(10, 20)).Labelled(Statewire, At(10, 41))
            .Labelled(Mirror, At(11, 3)).Labelled(Statewire, At(11, 20)).Labelled(Embassy, At(11, 25)).Labelled(Mirror, At(11, 40)).Labelled(Statewire, At(11, 50))
            .Ordinary(At(11, 10), At(12, 0), 200).Ordinary(At(12, 0), At(13, 0), 150);

        var signals = Run(scenario);

        Assert.NotEmpty(signals);
        Assert.All(signals, s =>
        {
            Assert.Equal(AlertKind.StateMediaSurge, s.Kind);
            Assert.Equal(0, s.Numbers["joined"]);
            Assert.Equal(3, s.Numbers["started"]);
            Assert.Contains("statewire_news (state-controlled, demo-list) — started", s.Evidence.LabelledAccounts);
            Assert.Contains("embassy_x (diplomat, demo-list) — started", s.Evidence.LabelledAccounts);
        });

        // Once the crowd has come, the alert says when, and that the labelled accounts were there first.
        var afterRise = signals.Last();
        Assert.Equal(At(12, 0), afterRise.WindowEnd);
        Assert.Contains("started the wave", afterRise.Explanation, StringComparison.Ordinal);
        Assert.Equal(afterRise.Numbers["labelled"] / afterRise.Numbers["total"], afterRise.Numbers["share"], 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Advance_LabelledAccountsPostAfterTheCrowd_SaysTheyJoinedTheWave(int seed)
    {
        var scenario = new StateMediaScenario(new Random(seed), "flood").Background(TimeSpan.FromDays(4))
            .Ordinary(At(10, 0), At(11, 0), 250).Ordinary(At(11, 0), At(12, 0), 250).Ordinary(At(12, 0), At(13, 0), 150)
            .Labelled(Statewire, At(11, 20)).Labelled(Mirror, At(11, 28)).Labelled(Embassy, At(11, 35)).Labelled(Statewire, At(11, 50)).Labelled(Mirror, At(11, 55));

        var signals = Run(scenario);

        var signal = Assert.Single(signals);
        Assert.Equal(0, signal.Numbers["started"]);
        Assert.Equal(3, signal.Numbers["joined"]);
        Assert.Equal(5, signal.Numbers["labelled"]);
        Assert.True(signal.Numbers["p"] < 0.01);
        Assert.Contains("rt_mirror (state-controlled, demo-list) — joined", signal.Evidence.LabelledAccounts);
        Assert.Contains("joined", signal.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Advance_ShareBurstWithoutAVolumeSurge_FiresOnTheBurstTest()
    {
        var scenario = ShareBurst();

        var signals = Run(scenario);

        Assert.NotEmpty(signals);
        Assert.All(signals, s =>
        {
            Assert.True(s.Numbers["burst_weight"] > 0);
            Assert.True(s.Numbers["p"] > 0.01, "the volume test alone would not fire");
            Assert.InRange(s.WindowEnd, StateMediaScenario.Start + TimeSpan.FromHours(81), StateMediaScenario.Start + TimeSpan.FromHours(85));
        });
        Assert.Contains("burst", signals[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Advance_SameShareBurstAmongFiftyThousandWatchedTargets_IsNotSignificantEnough()
    {
        // The burst above (20 labelled posts of 40 in five hours, against 1 in 6 before) has a chance of ~1e-6: an
        // alert when one target is watched, chance once a day or so among 50,000 (α = 0.01 / 50,000 per target).
        var scenario = ShareBurst();

        var others = Enumerable.Range(0, 49_999).Select(i => new WatchTarget(TargetKind.Hashtag, $"quiet{i}"));
        Watchlist[] many = [new() { Name = Watchlist.MainName, Targets = [new WatchTarget(TargetKind.Hashtag, "flood"), .. others] }];

        Assert.NotEmpty(Run(scenario));
        Assert.Empty(Run(scenario, watchlists: many));
    }

    [Fact]
    public void Advance_FewerLabelledPostsThanTheMinimum_StaysQuiet()
    {
        // Two labelled posts an hour for five hours: a clear share burst, but never three in one bin.
        var scenario = new StateMediaScenario(new Random(4), "flood").Background(TimeSpan.FromDays(4));
        for (var hour = 8; hour < 13; hour++)
            scenario.Labelled(Statewire, At(hour, 10)).Labelled(Mirror, At(hour, 40));

        Assert.Empty(Run(scenario, new StateMediaOptions { MinLabelledPosts = 3 }));
        Assert.NotEmpty(Run(scenario, new StateMediaOptions { MinLabelledPosts = 2 }));
    }

    [Fact]
    public void Observe_IndependentPublicBroadcaster_DoesNotCount()
    {
        var broadcaster = StateMediaScenario.Label("public_tv", LabelCategory.StateFundedIndependent);
        var scenario = new StateMediaScenario(new Random(6), "flood").Background(TimeSpan.FromDays(4));
        foreach (var minute in new[] { 3, 9, 15, 22, 30, 41, 50 })
            scenario.Labelled(broadcaster, At(10, minute));

        Assert.Empty(Run(scenario));
    }

    [Fact]
    public void SetWatched_TargetNoLongerWatched_DropsIt()
    {
        var scenario = new StateMediaScenario(new Random(7), "flood").Background(TimeSpan.FromDays(4))
            .Labelled(Statewire, At(10, 5)).Labelled(Mirror, At(10, 12)).Labelled(Embassy, At(10, 20)).Labelled(Statewire, At(10, 41));
        var sut = new StateMediaDetector(new StateMediaOptions());
        var matcher = new TargetMatcher(Watchlists);
        foreach (var item in scenario.Posts.Where(p => p.Post.CreatedAt < At(11, 0)))
            sut.Observe(item.Post, matcher.Match(item.Post));

        sut.SetWatched([]);

        Assert.Empty(sut.Advance(At(11, 0)));
    }

    [Fact]
    public void Observe_TargetOnTwoWatchlists_CountsEachPostOnce()
    {
        var scenario = new StateMediaScenario(new Random(1), "flood").Background(TimeSpan.FromDays(4))
            .Labelled(Statewire, At(10, 5)).Labelled(Mirror, At(10, 12)).Labelled(Embassy, At(10, 20)).Labelled(Statewire, At(10, 41));
        Watchlist[] twice = [.. Watchlists, new() { Name = "other", Targets = [new WatchTarget(TargetKind.Hashtag, "flood")] }];

        var once = Run(scenario);
        var both = ScenarioRunner.Run(
            new StateMediaDetector(new StateMediaOptions()), scenario.Posts, twice, StateMediaScenario.Start, StateMediaScenario.Start + TimeSpan.FromDays(4), TimeSpan.FromMinutes(5));

        Assert.NotEmpty(once);
        Assert.Equal(once.Select(s => (s.WindowEnd, s.Numbers["labelled"], s.Numbers["total"], s.Watchlist)), both.Select(s => (s.WindowEnd, s.Numbers["labelled"], s.Numbers["total"], s.Watchlist)));
    }

    private static DateTimeOffset At(int hour, int minute) => Day3 + new TimeSpan(hour, minute, 0);

    // A regular labelled poster at 2 an hour among 10 others; for five hours the others fall to 4 and it posts 4.
    private static StateMediaScenario ShareBurst()
    {
        var scenario = new StateMediaScenario(new Random(5), "flood");
        for (var h = 0; h < 96; h++)
        {
            var from = StateMediaScenario.Start + TimeSpan.FromHours(h);
            var burst = h is >= 80 and < 85;
            scenario.Ordinary(from, from + TimeSpan.FromHours(1), burst ? 4 : 10);
            for (var k = 0; k < (burst ? 4 : 2); k++)
                scenario.Labelled(Statewire, from + TimeSpan.FromMinutes(7 + (k * 13)));
        }

        return scenario;
    }

    private static List<DetectionSignal> Run(StateMediaScenario scenario, StateMediaOptions? options = null, Watchlist[]? watchlists = null) =>
        ScenarioRunner.Run(
            new StateMediaDetector(options ?? new StateMediaOptions()),
            scenario.Posts,
            watchlists ?? Watchlists,
            StateMediaScenario.Start,
            StateMediaScenario.Start + TimeSpan.FromDays(4),
            TimeSpan.FromMinutes(5));
}
