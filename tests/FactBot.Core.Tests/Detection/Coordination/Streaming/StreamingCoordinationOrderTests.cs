using FactBot.Core.Alerts;
using FactBot.Core.Detection.Coordination.Streaming;
using FactBot.Core.Tests.Detection.Coordination.Streaming.Scenarios;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Tests.Detection.Coordination.Streaming;

/// <summary>
/// Arrival order does not matter to the network: the same posts delivered in any order (each late by a random delay,
/// or in random late batches as polls deliver them) while within the look-back of the newest post end with the
/// co-shares, edges and groups an in-order run ends with. Near-text matches are kept for the whole look-back here;
/// by default (<see cref="CoordinationOptions.NearTextLookback"/>, 6 h) a post more than that behind the newest one
/// pairs on its exact objects only. A lagging source that delivers in order, an hour at a time, gets the in-order
/// announcements too: the same groups, ids, members and numbers.
/// </summary>
public sealed class StreamingCoordinationOrderTests
{
    private static readonly DateTimeOffset Start = new(2024, 5, 6, 0, 0, 0, TimeSpan.Zero);

    // Shorter than the 24 h look-back: nothing expires before the end, so both runs end on the same co-shares.
    private static readonly TimeSpan Duration = TimeSpan.FromHours(20);

    private static readonly CoordinationOptions Options = new() { NearTextLookback = TimeSpan.FromHours(24) };

    private static readonly Watchlist[] Watchlists =
    [
        new() { Name = Watchlist.MainName, Targets = [new WatchTarget(TargetKind.Hashtag, "election"), new WatchTarget(TargetKind.Sound, "trend1")] },
    ];

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void Observe_PostsArrivingInAnyOrderWithinTheLookback_EndWithTheInOrderCoSharesAndGroups(int seed, bool batches)
    {
        var random = new Random(seed);
        var posts = Scenario(random);
        var inOrder = new StreamingCoordinationDetector(Options);
        var signals = ScenarioRunner.Run(inOrder, posts, Watchlists, Start, Start + Duration, TimeSpan.FromMinutes(1));

        // Per post a delay of up to two days; or per hour of posts one delay, as a lagging API's poll delivers them.
        var delays = posts.ToDictionary(
            p => p.Post.Key,
            p => batches ? BatchDelay(seed, (int)(p.Post.CreatedAt - Start).TotalHours) : TimeSpan.FromSeconds(random.Next(0, 48 * 3600)));
        var late = new StreamingCoordinationDetector(Options);
        LateArrivalRunner.Run(late, posts, Watchlists, Start, Start + Duration, TimeSpan.FromMinutes(1), p => delays[p.Post.Key]);

        Assert.True(signals.Count(s => s.Kind == AlertKind.Coordination) >= 2, "the in-order run should find the planted groups");
        Assert.Equal(CoShares(inOrder), CoShares(late));
        Assert.Equal(Groups(inOrder), Groups(late));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void Advance_ALaggingSourceDeliveringEachHourTwoDaysLate_AnnouncesTheInOrderGroups(int seed)
    {
        // The TikTok Research API's way: everything two days behind, an hour of posts at a time, in order.
        var posts = Scenario(new Random(seed));
        var inOrder = ScenarioRunner.Run(new StreamingCoordinationDetector(new CoordinationOptions()), posts, Watchlists, Start, Start + Duration, TimeSpan.FromMinutes(1));

        var late = LateArrivalRunner.Run(
            new StreamingCoordinationDetector(new CoordinationOptions()), posts, Watchlists, Start, Start + Duration, TimeSpan.FromMinutes(1),
            p => TimeSpan.FromHours(48) + (TimeSpan.FromHours(1) - TimeSpan.FromTicks(p.Post.CreatedAt.UtcTicks % TimeSpan.TicksPerHour)));

        var expected = LastByGroup(inOrder);
        var found = LastByGroup(late);
        Assert.True(expected.Count >= 2, $"the in-order run announced {expected.Count} groups");
        Assert.Equal(expected.Keys.Order(), found.Keys.Order());
        foreach (var (id, signal) in expected)
        {
            Assert.Equal(signal.Evidence.Accounts.Order(), found[id].Evidence.Accounts.Order());
            Assert.Equal(signal.Numbers, found[id].Numbers);
        }
    }

    private static Dictionary<string, DetectionSignal> LastByGroup(IEnumerable<DetectionSignal> signals) =>
        signals.Where(s => s.Kind == AlertKind.Coordination).GroupBy(s => s.GroupKey!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    private static List<ScenarioPost> Scenario(Random random)
    {
        var organic = new OrganicBackground { WatchedTag = "election", TrendingSound = "trend1", Accounts = 1500, PostsPerHour = 100 };
        var networks = new[]
        {
            new PlantedNetwork { Name = "alpha", Size = 12, WatchedTag = "election", EventsPerDay = 4 },
            new PlantedNetwork { Name = "bravo", Size = 18, WatchedTag = "election", EventsPerDay = 4 },
        };
        return [.. organic.Generate(random, Start, Duration).Concat(networks.SelectMany(n => n.Generate(random, Start, Duration)))];
    }

    private static TimeSpan BatchDelay(int seed, int hour) => TimeSpan.FromMinutes(new Random((seed * 1000) + hour).Next(0, 48 * 60));

    // The counted co-shares: which posts, in which order, on which objects.
    private static List<string> CoShares(StreamingCoordinationDetector sut) =>
        [.. sut.Engine.CoShares.Where(sut.Engine.Counts)
            .Select(c => $"{c.Older.Key}>{c.Newer.Key}:{string.Join(',', c.Objects.Select(o => o.Key))}")
            .Order(StringComparer.Ordinal)];

    // The coordinated groups at the end: members and weight.
    private static List<string> Groups(StreamingCoordinationDetector sut) =>
        [.. sut.Engine.Components(sut.Engine.Network.Cut(Options.EdgeWeight))
            .Select(c => $"{string.Join(',', c.Members.Order(StringComparer.Ordinal))}:{c.CoShareCount}")
            .Order(StringComparer.Ordinal)];
}
