using FactBot.Core.Detection.Coordination.Batch;
using FactBot.Core.Detection.Coordination.Objects;
using FactBot.Core.Detection.Coordination.Streaming;
using FactBot.Core.Posts;

namespace FactBot.Core.Tests.Detection.Coordination.Streaming;

/// <summary>
/// The streaming detector against the batch (CooRTweet-parity) form on the same rows: one key kind (sound, one key per
/// post), the same time window, the trending discounts off, a lookback covering everything. Then the co-share pairs,
/// the edge weights, θ, the coordinated edges and the groups are the same. The deliberate difference is CooRTweet's
/// min-participation filter, which streaming replaces with the minimum edge weight: with min participation 0 the two
/// agree exactly; with 2 every batch pair is still a streaming pair.
/// </summary>
public sealed class BatchAgreementTests
{
    private static readonly DateTimeOffset Start = new(2024, 5, 6, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 10)]
    [InlineData(3, 60)]
    public void Streaming_SameRowsAsBatch_GivesTheSamePairsEdgesAndGroups(int seed, int windowSeconds)
    {
        var posts = SyntheticShares(new Random(seed));
        var window = TimeSpan.FromSeconds(windowSeconds);
        var batch = RunBatch(posts, window, minParticipation: 0);
        var sut = RunStreaming(posts, window);

        var streamingPairs = sut.CoShares.Select(c => Unordered(c.Older.Key, c.Newer.Key, c.DeltaSeconds)).Order().ToList();
        var batchPairs = batch.Pairs.Select(p => Unordered(p.ContentId, p.ContentIdY, p.TimeDelta)).Order().ToList();
        Assert.True(batchPairs.Count > 100, $"only {batchPairs.Count} pairs: the scenario is too thin to compare");
        Assert.Equal(batchPairs, streamingPairs);

        var graph = CoordinationGraph.Build(sut.Engine.CoShares.Where(sut.Engine.Counts), new CoordinationOptions().EdgeWeight, minEdgeWeight: 1);
        Assert.Equal(batch.Network.Threshold, graph.Threshold);

        // The batch form prints each edge in igraph's vertex order; as account pairs the edges are the same.
        Assert.Equal(
            batch.Network.Edges.Select(e => Edge(e.From, e.To, e.Weight, e.IsCoordinated)).Order(),
            graph.Edges.Select(e => Edge(e.A, e.B, e.Weight, graph.Coordinated.Contains(e))).Order());
        Assert.True(graph.Coordinated.Count > 0, "the scenario must have coordinated edges to compare groups");

        var batchGroups = batch.Network.Groups.Select(g => string.Join(',', g.Members.Select(m => m.Account).Order(StringComparer.Ordinal))).Order();
        var streamingGroups = graph.Components().Select(c => string.Join(',', c.Members)).Order();
        Assert.Equal(batchGroups, streamingGroups);
    }

    [Fact]
    public void Streaming_BatchWithMinParticipation_StreamingPairsAreASuperset()
    {
        var posts = SyntheticShares(new Random(4));
        var window = TimeSpan.FromSeconds(10);
        var batch = RunBatch(posts, window, minParticipation: 2);
        var sut = RunStreaming(posts, window);

        var streamingPairs = sut.CoShares.Select(c => Unordered(c.Older.Key, c.Newer.Key, c.DeltaSeconds)).ToHashSet();
        var batchPairs = batch.Pairs.Select(p => Unordered(p.ContentId, p.ContentIdY, p.TimeDelta)).ToList();

        Assert.NotEmpty(batchPairs);
        Assert.All(batchPairs, pair => Assert.Contains(pair, streamingPairs));
        Assert.True(streamingPairs.Count > batchPairs.Count, "min participation should drop some pairs in this scenario");
    }

    private static BatchCoordinationResult RunBatch(List<Post> posts, TimeSpan window, int minParticipation)
    {
        var rows = posts.Select(p => new CoShareRow(ObjectKeyBuilder.SoundPrefix + p.SoundId, p.AuthorKey, p.Key, p.CreatedAt.ToUnixTimeSeconds()));
        var result = BatchCoordination.Run(rows, new BatchCoordinationParameters { TimeWindow = window, MinParticipation = minParticipation, EdgeWeight = 0.5 });
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private static StreamingCoordinationDetector RunStreaming(List<Post> posts, TimeSpan window)
    {
        var sut = new StreamingCoordinationDetector(new CoordinationOptions
        {
            TimeWindow = window,
            Lookback = TimeSpan.FromDays(30),
            Objects = ObjectKinds.Sound,
            WatchedOnly = false,
            MinEdgeWeight = 1,
            MaxAccountsPerObjectWindow = int.MaxValue,
            MaxAccountsPerObjectLookback = int.MaxValue,
        });
        foreach (var post in posts)
            sut.Observe(post, []);
        sut.Advance(Start + TimeSpan.FromDays(1));
        return sut;
    }

    private static string Edge(string a, string b, int weight, bool coordinated) =>
        string.CompareOrdinal(a, b) <= 0 ? $"{a}|{b}|{weight}|{coordinated}" : $"{b}|{a}|{weight}|{coordinated}";

    private static (string, string, double) Unordered(string a, string b, double delta) =>
        string.CompareOrdinal(a, b) <= 0 ? (a, b, delta) : (b, a, delta);

    // Bursts of 1–6 shares of one of 25 sounds by 80 regular and many one-off accounts within 15 s, plus scattered single
    // shares: whole seconds, like CooRTweet's input.
    private static List<Post> SyntheticShares(Random random)
    {
        var posts = new List<Post>();
        for (var burst = 0; burst < 350; burst++)
        {
            var at = random.Next(0, 6 * 3600);
            var sound = $"s{random.Next(25)}";
            for (var i = random.Next(1, 7); i > 0; i--)
            {
                // A quarter are accounts seen once: what CooRTweet's min-participation filter removes.
                var account = random.NextDouble() < 0.25 ? $"once{posts.Count}" : $"acct{random.Next(80):D2}";
                posts.Add(Share(posts.Count, account, at + random.Next(0, 16), sound));
            }
        }

        for (var i = 0; i < 300; i++)
            posts.Add(Share(posts.Count, $"acct{random.Next(80):D2}", random.Next(0, 6 * 3600), $"s{random.Next(25)}"));

        return [.. posts.OrderBy(p => p.CreatedAt).ThenBy(p => p.Key, StringComparer.Ordinal)];
    }

    private static Post Share(int n, string account, int second, string sound) => new()
    {
        Platform = "tiktok",
        Source = "test",
        PlatformPostId = n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AuthorKey = account,
        AuthorHandle = account,
        CreatedAt = Start + TimeSpan.FromSeconds(second),
        SoundId = sound,
    };
}
