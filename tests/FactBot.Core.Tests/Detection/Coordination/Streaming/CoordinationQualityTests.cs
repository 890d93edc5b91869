using FactBot.Core.Alerts;
using FactBot.Core.Detection.Coordination.Streaming;
using FactBot.Core.Tests.Detection.Coordination.Streaming.Scenarios;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Tests.Detection.Coordination.Streaming;

public sealed class CoordinationQualityTests
{
    private static readonly DateTimeOffset Start = new(2024, 5, 6, 0, 0, 0, TimeSpan.Zero);

    private static readonly Watchlist[] Watchlists =
    [
        new() { Name = Watchlist.MainName, Targets = [new WatchTarget(TargetKind.Hashtag, "election"), new WatchTarget(TargetKind.Sound, "trend1")] },
    ];

    [Theory]
    [InlineData(11)]
    [InlineData(23)]
    [InlineData(47)]
    public void Advance_PlantedNetworksInOrganicTraffic_FindsThemWithHighPrecisionAndRecall(int seed)
    {
        var random = new Random(seed);
        var duration = TimeSpan.FromDays(2);
        var organic = new OrganicBackground { WatchedTag = "election", TrendingSound = "trend1" };
        var networks = new[]
        {
            new PlantedNetwork { Name = "alpha", Size = 12, WatchedTag = "election" },
            new PlantedNetwork { Name = "bravo", Size = 20, WatchedTag = "election" },
            new PlantedNetwork { Name = "charlie", Size = 30, WatchedTag = "election" },
        };
        var posts = organic.Generate(random, Start, duration)
            .Concat(networks.SelectMany(n => n.Generate(random, Start, duration)))
            .ToList();
        var planted = networks.SelectMany(n => n.Members).ToHashSet(StringComparer.Ordinal);

        var signals = ScenarioRunner.Run(
            new StreamingCoordinationDetector(new CoordinationOptions()), posts, Watchlists, Start, Start + duration, TimeSpan.FromMinutes(5));

        var found = signals.SelectMany(s => s.Evidence.Accounts).ToHashSet(StringComparer.Ordinal);
        var truePositives = found.Count(planted.Contains);
        var precision = found.Count == 0 ? 0 : (double)truePositives / found.Count;
        var recall = (double)truePositives / planted.Count;
        Assert.True(precision >= 0.9, $"precision {precision:0.000} ({truePositives}/{found.Count})");
        Assert.True(recall >= 0.9, $"recall {recall:0.000} ({truePositives}/{planted.Count})");
        Assert.All(signals, s => Assert.Equal(AlertKind.Coordination, s.Kind));
    }

    [Fact]
    public void Advance_EightDaysOfOrganicTrafficWithATrendingSound_RaisesNoAlert()
    {
        var random = new Random(8);
        var duration = TimeSpan.FromDays(8);
        var organic = new OrganicBackground
        {
            WatchedTag = "election",
            TrendingSound = "trend1",
            Accounts = 5000,
            PostsPerHour = 120,
            TrendingShare = 0.5,
        };
        var posts = organic.Generate(random, Start, duration).ToList();
        var trendingUsers = posts.Where(p => p.Post.SoundId == "trend1").Select(p => p.Post.AuthorKey).Distinct().Count();
        var sut = new StreamingCoordinationDetector(new CoordinationOptions());

        var signals = ScenarioRunner.Run(sut, posts, Watchlists, Start, Start + duration, TimeSpan.FromMinutes(5));

        Assert.True(trendingUsers >= 2000, $"the trending sound had only {trendingUsers} users");
        Assert.True(sut.Engine.CoShares.Count > 0, "the background should produce chance co-shares for the test to mean anything");
        Assert.Empty(signals);
    }
}
