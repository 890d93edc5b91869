using FactBot.Core.Alerts;
using FactBot.Core.Detection.StateMedia;
using FactBot.Core.Labels;
using FactBot.Core.Tests.Detection.Coordination.Streaming.Scenarios;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Tests.Detection.StateMedia;

/// <summary>
/// Labelled accounts that have never posted on a target before the day of a surge (the demo's #donbas and its sound):
/// one posts an hour before the crowd arrives, two more come after it. The alert must fire and tell them apart.
/// </summary>
public sealed class StateMediaDetectorNewcomerTests
{
    private static readonly DateTimeOffset Day7 = StateMediaScenario.Start + TimeSpan.FromDays(7);
    private static readonly AccountLabel Statewire = StateMediaScenario.Label("statewire_news", LabelCategory.StateControlled);
    private static readonly AccountLabel Mirror = StateMediaScenario.Label("rt_mirror", LabelCategory.StateControlled);
    private static readonly AccountLabel Embassy = StateMediaScenario.Label("embassy_x", LabelCategory.Diplomat);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Advance_LabelledAccountsNewToAnEstablishedTarget_NamesTheStarterAndTheJoiners(int seed)
    {
        var scenario = new StateMediaScenario(new Random(seed), "donbas").Unlabelled(TimeSpan.FromDays(7));

        var signals = Run(Surge(scenario, leadIn: true), "donbas");

        AssertStarterAndJoiners(signals);
        Assert.All(signals, s => Assert.Equal(0, s.Numbers["expected_share"]));
        Assert.Contains("usually 0%", signals[0].Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Advance_WatchedTargetUnusedUntilTheSurge_FiresAndNamesTheStarter(int seed)
    {
        // Another watched hashtag carries the week's traffic; the surge target (a new sound, say) has no post before
        // the starter's, but it was watched all week, so its empty week is a baseline, not a cold start.
        var scenario = new StateMediaScenario(new Random(seed), "news").Unlabelled(TimeSpan.FromDays(7)).Tagged("fistbump");

        var signals = Run(Surge(scenario, leadIn: false), "news", "fistbump");

        var onTarget = signals.Where(s => s.Target.Key == "#fistbump").ToList();
        AssertStarterAndJoiners(onTarget);
        Assert.All(onTarget, s => Assert.False(s.Numbers.ContainsKey("expected_share"), "no usual share on a target nobody used"));
        Assert.Contains("no earlier posts on it", onTarget[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Advance_LabelledPostSeparatedFromTheWaveByAQuietHour_IsNotTheStarter()
    {
        // statewire posts at 11:50, nobody labelled posts in the 12:00 hour, the crowd rises from 13:00 and the
        // labelled accounts come after it: that 11:50 post is not part of the wave, so nobody started it.
        var scenario = new StateMediaScenario(new Random(4), "donbas").Unlabelled(TimeSpan.FromDays(7))
            .Labelled(Statewire, At(11, 50))
            .Ordinary(At(13, 0), At(14, 0), 32).Ordinary(At(14, 0), At(15, 0), 53)
            .Labelled(Mirror, At(13, 47)).Labelled(Statewire, At(13, 55));
        Joiners(scenario);

        var signals = Run(scenario, "donbas");

        Assert.NotEmpty(signals);
        Assert.All(signals, s =>
        {
            Assert.Equal(0, s.Numbers["started"]);
            Assert.Contains("statewire_news (state-controlled, demo-list) — joined", s.Evidence.LabelledAccounts);
            Assert.True(s.WindowStart > At(11, 50));
        });
    }

    private static void AssertStarterAndJoiners(List<DetectionSignal> signals)
    {
        Assert.NotEmpty(signals);
        Assert.All(signals, s =>
        {
            Assert.Equal(AlertKind.StateMediaSurge, s.Kind);
            Assert.Equal(1, s.Numbers["started"]);
            Assert.Equal(2, s.Numbers["joined"]);
            Assert.Contains("statewire_news (state-controlled, demo-list) — started", s.Evidence.LabelledAccounts);
            Assert.Contains("rt_mirror (state-controlled, demo-list) — joined", s.Evidence.LabelledAccounts);
            Assert.Contains("embassy_x (diplomat, demo-list) — joined", s.Evidence.LabelledAccounts);
            Assert.True(s.WindowStart <= At(12, 50), "the alert's window covers the starter's first post");
            Assert.Contains("started the wave", s.Explanation, StringComparison.Ordinal);
        });
    }

    // The demo's shape: the starter at 12:50, the crowd from 13:00 (32, 53, 100, 70 an hour), then 1, 2, 8, 4, 3
    // labelled posts an hour from 12:00; rt_mirror first at 13:47, embassy_x at 14:31. With a lead-in, the hour before
    // the crowd is busier than usual with ordinary posts (as #donbas is in the demo), which must not count as the rise.
    private static StateMediaScenario Surge(StateMediaScenario scenario, bool leadIn)
    {
        foreach (var minute in leadIn ? [4, 18, 26, 33, 40] : Array.Empty<int>())
            scenario.Ordinary(At(12, minute), At(12, minute + 1), 1);
        scenario.Labelled(Statewire, At(12, 50))
            .Ordinary(At(13, 0), At(14, 0), 32).Ordinary(At(14, 0), At(15, 0), 53)
            .Ordinary(At(15, 0), At(16, 0), 100).Ordinary(At(16, 0), At(17, 0), 70)
            .Labelled(Mirror, At(13, 47)).Labelled(Statewire, At(13, 55));
        Joiners(scenario);
        return scenario.Labelled(Embassy, At(15, 15)).Labelled(Statewire, At(15, 20)).Labelled(Mirror, At(15, 25)).Labelled(Embassy, At(15, 50))
            .Labelled(Statewire, At(16, 5)).Labelled(Embassy, At(16, 12)).Labelled(Mirror, At(16, 45));
    }

    // Eight labelled posts in the 14:00 hour, embassy_x's first among them.
    private static void Joiners(StateMediaScenario scenario) =>
        scenario.Labelled(Mirror, At(14, 5)).Labelled(Statewire, At(14, 10)).Labelled(Embassy, At(14, 31)).Labelled(Statewire, At(14, 35))
            .Labelled(Mirror, At(14, 40)).Labelled(Embassy, At(14, 47)).Labelled(Statewire, At(14, 52)).Labelled(Mirror, At(14, 58));

    private static DateTimeOffset At(int hour, int minute) => Day7 + new TimeSpan(hour, minute, 0);

    private static List<DetectionSignal> Run(StateMediaScenario scenario, params string[] hashtags) =>
        ScenarioRunner.Run(
            new StateMediaDetector(new StateMediaOptions()),
            scenario.Posts,
            [new Watchlist { Name = Watchlist.MainName, Targets = [.. hashtags.Select(h => new WatchTarget(TargetKind.Hashtag, h))] }],
            StateMediaScenario.Start,
            StateMediaScenario.Start + TimeSpan.FromDays(8),
            TimeSpan.FromMinutes(5));
}
