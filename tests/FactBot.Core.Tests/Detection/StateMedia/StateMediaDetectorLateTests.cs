using FactBot.Core.Detection.StateMedia;
using FactBot.Core.Labels;
using FactBot.Core.Tests.Detection.Coordination.Streaming.Scenarios;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Tests.Detection.StateMedia;

/// <summary>State-media waves whose posts arrive after their bins were judged.</summary>
public sealed class StateMediaDetectorLateTests
{
    private static readonly Watchlist[] Watchlists = [new() { Name = Watchlist.MainName, Targets = [new WatchTarget(TargetKind.Hashtag, "flood")] }];
    private static readonly DateTimeOffset Day3 = StateMediaScenario.Start + TimeSpan.FromDays(3);
    private static readonly AccountLabel Statewire = StateMediaScenario.Label("statewire_news", LabelCategory.StateControlled);
    private static readonly AccountLabel Mirror = StateMediaScenario.Label("rt_mirror", LabelCategory.StateControlled);
    private static readonly AccountLabel Embassy = StateMediaScenario.Label("embassy_x", LabelCategory.Diplomat);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Advance_EveryPostFiftyHoursLate_FindsTheWaveAsAnInOrderRunDoes(int seed)
    {
        var scenario = Wave(seed);
        var inOrder = ScenarioRunner.Run(Detector(), scenario.Posts, Watchlists, StateMediaScenario.Start, End, Step);

        var late = LateArrivalRunner.Run(Detector(), scenario.Posts, Watchlists, StateMediaScenario.Start, End, Step, _ => TimeSpan.FromHours(50));

        Assert.NotEmpty(inOrder);
        AssertSameFindings(inOrder, late);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Advance_PostsArrivingInAnyOrderWithinTheLateness_EndWithTheInOrderFindings(int seed)
    {
        var scenario = Wave(seed);
        var random = new Random(seed);
        var delays = scenario.Posts.ToDictionary(p => p.Post.Key, _ => TimeSpan.FromMinutes(random.Next(0, 48 * 60)));
        var inOrder = ScenarioRunner.Run(Detector(), scenario.Posts, Watchlists, StateMediaScenario.Start, End, Step);

        var late = LateArrivalRunner.Run(Detector(), scenario.Posts, Watchlists, StateMediaScenario.Start, End, Step, p => delays[p.Post.Key]);

        Assert.NotEmpty(inOrder);
        AssertSameFindings(inOrder, late);
    }

    [Fact]
    public void Advance_AJustWatchedTargetsFirstPollBringsAWaveOlderThanTheLateness_FindsItAsAnInOrderRunDoes()
    {
        // Watched for nine days with nothing arriving, then one poll brings the four days: the wave is six days old.
        var scenario = Wave(3);
        var poll = StateMediaScenario.Start + TimeSpan.FromDays(9);
        var inOrder = ScenarioRunner.Run(Detector(), scenario.Posts, Watchlists, StateMediaScenario.Start, End, Step);

        var late = LateArrivalRunner.Run(Detector(), scenario.Posts, Watchlists, StateMediaScenario.Start, poll, Step, p => poll - p.Post.CreatedAt);

        Assert.NotEmpty(inOrder);
        AssertSameFindings(inOrder, late);
    }

    private static readonly DateTimeOffset End = StateMediaScenario.Start + TimeSpan.FromDays(4);
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(5);

    private static StateMediaDetector Detector() => new(new StateMediaOptions());

    // The findings that stand at the end (not withdrawn) are the in-order ones, on the same numbers.
    private static void AssertSameFindings(List<Core.Alerts.DetectionSignal> inOrder, List<Core.Alerts.DetectionSignal> late)
    {
        var expected = LateArrivalRunner.Standing(inOrder);
        var found = LateArrivalRunner.Standing(late);
        Assert.Equal(expected.Keys.Order(), found.Keys.Order());
        foreach (var (key, want) in expected)
        {
            Assert.Equal(want.Numbers, found[key].Numbers);
            Assert.Equal(want.Evidence.LabelledAccounts, found[key].Evidence.LabelledAccounts);
        }
    }

    private static StateMediaScenario Wave(int seed) =>
        new StateMediaScenario(new Random(seed), "flood").Background(TimeSpan.FromDays(4))
            .Labelled(Statewire, At(10, 5)).Labelled(Mirror, At(10, 12)).Labelled(Embassy, At(10, 20)).Labelled(Statewire, At(10, 41))
            .Labelled(Mirror, At(11, 3)).Labelled(Statewire, At(11, 20)).Labelled(Embassy, At(11, 25)).Labelled(Mirror, At(11, 40)).Labelled(Statewire, At(11, 50))
            .Ordinary(At(11, 10), At(12, 0), 200).Ordinary(At(12, 0), At(13, 0), 150);

    private static DateTimeOffset At(int hour, int minute) => Day3 + new TimeSpan(hour, minute, 0);
}
