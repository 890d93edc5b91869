using FactBot.Core.Detection.Coordination.Streaming;
using FactBot.Core.Tests.Detection.Coordination.Streaming.Scenarios;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Tests.Detection.Coordination.Streaming;

/// <summary>
/// The live network (kept co-share by co-share) against the reference (rebuilt from all co-shares that count) after
/// every step of a replay in which co-shares expire and a sound starts trending: the same θ and the same groups.
/// </summary>
public sealed class LiveNetworkTests
{
    private static readonly DateTimeOffset Start = new(2024, 5, 6, 0, 0, 0, TimeSpan.Zero);
    private static readonly CoordinationOptions Defaults = new();

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void Components_EveryStepOfAReplay_EqualTheNetworkRebuiltFromScratch(int seed)
    {
        var random = new Random(seed);
        var duration = TimeSpan.FromDays(2);
        var organic = new OrganicBackground { WatchedTag = "election", TrendingSound = "trend1", Accounts = 400, PostsPerHour = 150 };
        var networks = new[]
        {
            new PlantedNetwork { Name = "alpha", Size = 6, WatchedTag = "election" },
            new PlantedNetwork { Name = "bravo", Size = 9, WatchedTag = "election" },
        };
        var posts = organic.Generate(random, Start, duration).Concat(networks.SelectMany(n => n.Generate(random, Start, duration))).ToList();
        var sut = new StreamingCoordinationDetector(new CoordinationOptions
        {
            Lookback = TimeSpan.FromHours(6),
            MaxAccountsPerObjectLookback = 40,
        });
        var watchlists = new[] { new Watchlist { Name = Watchlist.MainName, Targets = [new WatchTarget(TargetKind.Hashtag, "election")] } };
        var compared = 0;
        var withGroups = 0;

        ScenarioRunner.Run(sut, posts, watchlists, Start, Start + duration, TimeSpan.FromMinutes(10), () =>
        {
            var reference = CoordinationGraph.Build(sut.Engine.CoShares.Where(sut.Engine.Counts), Defaults.EdgeWeight, Defaults.MinEdgeWeight);
            var theta = sut.Engine.Network.Threshold(0.5);
            Assert.Equal(reference.Threshold, theta, 9);
            var live = sut.Engine.Components(theta);
            Assert.Equal(
                reference.Components().Select(c => $"{string.Join(',', c.Members)}:{c.CoShareCount}"),
                live.Select(c => $"{string.Join(',', c.Members)}:{c.CoShareCount}"));
            compared++;
            withGroups += live.Count > 0 ? 1 : 0;
        });

        Assert.True(compared > 200 && withGroups > 50, $"{compared} steps compared, {withGroups} with groups");
    }
}
