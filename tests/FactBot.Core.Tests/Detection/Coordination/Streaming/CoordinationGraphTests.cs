using FactBot.Core.Detection.Coordination.Streaming;

namespace FactBot.Core.Tests.Detection.Coordination.Streaming;

public sealed class CoordinationGraphTests
{
    [Fact]
    public void Build_Weights_CountCoSharesPerUnorderedAccountPair()
    {
        var sut = CoordinationGraph.Build([Pair("a", "b"), Pair("b", "a"), Pair("a", "c")], 0.5, 2);

        Assert.Equal(2, sut.Edges.Single(e => e is { A: "a", B: "b" }).Weight);
        Assert.Equal(1, sut.Edges.Single(e => e is { A: "a", B: "c" }).Weight);
    }

    [Fact]
    public void Build_MedianThreshold_KeepsOnlyEdgesStrictlyAbove()
    {
        // Weights 1, 1, 1, 2, 3: θ = 1, so the edges of weight 2 and 3 are coordinated.
        var coShares = new List<CoShare> { Pair("a", "b"), Pair("c", "d"), Pair("e", "f") };
        coShares.AddRange(Repeat("g", "h", 2));
        coShares.AddRange(Repeat("i", "j", 3));

        var sut = CoordinationGraph.Build(coShares, 0.5, 2);

        Assert.Equal(1, sut.Threshold);
        Assert.Equal(["g|h", "i|j"], sut.Coordinated.Select(e => $"{e.A}|{e.B}").Order());
    }

    [Fact]
    public void Build_AllWeightsEqual_NothingIsStrictlyAboveTheMedian()
    {
        var sut = CoordinationGraph.Build([.. Repeat("a", "b", 3), .. Repeat("c", "d", 3)], 0.5, 2);

        Assert.Empty(sut.Coordinated);
    }

    [Fact]
    public void Build_EdgeAboveThetaButBelowTheMinimum_IsNotCoordinated()
    {
        // Weights 0.0-quantile: θ = 1 (the minimum), weight 2 is above θ but below the minimum of 3.
        var sut = CoordinationGraph.Build([Pair("a", "b"), .. Repeat("c", "d", 2)], 0.0, 3);

        Assert.Empty(sut.Coordinated);
    }

    [Fact]
    public void Components_CoordinatedEdges_GroupConnectedAccounts()
    {
        var coShares = new List<CoShare>();
        foreach (var (x, y) in new[] { ("a", "b"), ("b", "c"), ("x", "y") })
            coShares.AddRange(Repeat(x, y, 3));
        coShares.Add(Pair("c", "x"));
        coShares.Add(Pair("m", "n"));
        coShares.Add(Pair("o", "p"));

        var sut = CoordinationGraph.Build(coShares, 0.5, 2).Components();

        Assert.Equal(2, sut.Count);
        Assert.Equal(["a", "b", "c"], sut[0].Members);
        Assert.Equal(["x", "y"], sut[1].Members);
        Assert.Equal(6, sut[0].CoShareCount);
    }

    private static int _next;

    private static CoShare Pair(string a, string b)
    {
        var n = Interlocked.Increment(ref _next);
        return new CoShare(CoShareEngineTests.Share($"{a}{n}", a, 0), CoShareEngineTests.Share($"{b}{n}", b, 3), [CoShareEngineTests.Key("caption:x")]);
    }

    private static List<CoShare> Repeat(string a, string b, int times) =>
        Enumerable.Range(0, times).Select(_ => Pair(a, b)).ToList();
}
