using FactBot.Core.Detection.Coordination.Batch;

namespace FactBot.Core.Tests.Detection.Coordination.Batch;

public sealed class CoordinatedNetworkBuilderTests
{
    private static CoSharePair Pair(string a, string b, long delta = 1, string? content = null, string? contentY = null) =>
        new("o", content ?? a + "1", contentY ?? b + "1", delta, a, b);

    // n co-shares between a and b, each with its own contents.
    private static IEnumerable<CoSharePair> Edge(string a, string b, int n) =>
        Enumerable.Range(0, n).Select(i => Pair(a, b, content: $"{a}{i}", contentY: $"{b}{i}"));

    [Fact]
    public void Build_NewerAccountSortsFirst_SwapsAccountsButNotContentColumns()
    {
        // "b" is the older side both times and shares one content; "a" answers with two contents.
        CoSharePair[] pairs = [Pair("b", "a", 2, "b1", "a1"), Pair("b", "a", 3, "b1", "a2")];

        var sut = Assert.Single(CoordinatedNetworkBuilder.Build(pairs, 0.5).Edges);

        Assert.Equal(new CoordinationEdge("a", "b", 2, 2.5, 1, 2, 0.5, false), sut);
    }

    [Fact]
    public void Build_BothDirections_AreOneUndirectedEdge()
    {
        CoSharePair[] pairs = [Pair("a", "b", 4, "a1", "b1"), Pair("b", "a", 6, "b2", "a2"), Pair("a", "b", 5, "a1", "b3")];

        var sut = Assert.Single(CoordinatedNetworkBuilder.Build(pairs, 0.5).Edges);

        // content_id column: a1, b2, a1 → 2 distinct; content_id_y: b1, a2, b3 → 3.
        Assert.Equal(new CoordinationEdge("a", "b", 3, 5, 2, 3, 2.0 / 3, false), sut);
    }

    [Fact]
    public void Build_WeightsOneOneTwoThreeThree_MedianIsTwoAndStrictlyAboveCounts()
    {
        var pairs = Edge("a", "b", 1).Concat(Edge("c", "d", 1)).Concat(Edge("e", "f", 2)).Concat(Edge("g", "h", 3))
            .Concat(Edge("h", "i", 3)).ToList();

        var sut = CoordinatedNetworkBuilder.Build(pairs, 0.5);

        Assert.Equal(2, sut.Threshold);
        Assert.Equal(["g-h", "h-i"], sut.Edges.Where(e => e.IsCoordinated).Select(e => $"{e.From}-{e.To}"));
        var group = Assert.Single(sut.Groups);
        Assert.Equal(["g:1", "h:2", "i:1"], group.Members.Select(m => $"{m.Account}:{m.CoordinatedDegree}"));
    }

    [Fact]
    public void Build_InterpolatedThreshold_AddsTheWeightTwoEdgeAsASecondGroup()
    {
        var pairs = Edge("a", "b", 1).Concat(Edge("c", "d", 1)).Concat(Edge("e", "f", 2)).Concat(Edge("g", "h", 3))
            .Concat(Edge("h", "i", 3)).ToList();

        var sut = CoordinatedNetworkBuilder.Build(pairs, 0.3);

        Assert.Equal(1.2, sut.Threshold, 12);
        Assert.Equal([1, 2], sut.Groups.Select(g => g.Number));
        Assert.Equal(["g h i", "e f"], sut.Groups.Select(g => string.Join(' ', g.Members.Select(m => m.Account))));
        Assert.Equal(5, sut.CoordinatedAccountCount);
        Assert.Equal(3, sut.CoordinatedEdgeCount);
    }

    [Fact]
    public void Build_EqualSizeGroups_AreNumberedBySmallestAccount()
    {
        var pairs = Edge("x", "y", 2).Concat(Edge("c", "d", 2)).Concat(Edge("m", "n", 1)).ToList();

        var sut = CoordinatedNetworkBuilder.Build(pairs, 0);

        Assert.Equal(["c d", "x y"], sut.Groups.Select(g => string.Join(' ', g.Members.Select(m => m.Account))));
    }

    [Fact]
    public void Build_EdgeWeightOne_MarksNothingCoordinated()
    {
        var pairs = Edge("a", "b", 1).Concat(Edge("c", "d", 5)).ToList();

        var sut = CoordinatedNetworkBuilder.Build(pairs, 1);

        Assert.Equal(5, sut.Threshold);
        Assert.Empty(sut.Groups);
        Assert.Equal(4, sut.AccountCount);
    }

    [Fact]
    public void Build_Edges_AreOrderedOrdinallyByFromThenTo()
    {
        // Vertices by first appearance: pmin column a, B; pmax column b, c. So B–a is printed a–B.
        CoSharePair[] pairs = [Pair("b", "a"), Pair("B", "c"), Pair("a", "c"), Pair("a", "B")];

        var sut = CoordinatedNetworkBuilder.Build(pairs, 0.5);

        Assert.Equal(["B-c", "a-B", "a-b", "a-c"], sut.Edges.Select(e => $"{e.From}-{e.To}"));
    }

    [Fact]
    public void Build_PmaxAccountSeenEarlierAsPmin_IsPrintedFirstLikeIgraph()
    {
        // Aggregated table: (m, z) then (k, m). igraph numbers vertices m, k (pmin column), then z, so the
        // second edge is printed m–k although "k" < "m".
        CoSharePair[] pairs = [Pair("z", "m"), Pair("k", "m")];

        var sut = CoordinatedNetworkBuilder.Build(pairs, 0.5);

        Assert.Equal(["m-k", "m-z"], sut.Edges.Select(e => $"{e.From}-{e.To}"));
    }

    [Fact]
    public void Build_FromDetectorOutput_EqualsBuildFromTheSamePairsAsStrings()
    {
        var rows = SyntheticShares.Create(seed: 99, rows: 300, accounts: 8, objects: 10);
        var pairs = CoShareDetector.DetectGroups(CoShareTable.FromRows(rows), new BatchCoordinationParameters { MinParticipation = 1 });

        var sut = CoordinatedNetworkBuilder.Build(pairs, 0.5);

        Assert.NotEmpty(sut.Edges);
        Assert.Equal(CoordinatedNetworkBuilder.Build(pairs.ToList(), 0.5).Edges, sut.Edges);
    }
}
