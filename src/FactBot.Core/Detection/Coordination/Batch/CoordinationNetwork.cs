namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>The account network of a set of co-shares, its threshold and its coordinated groups.</summary>
/// <param name="Edges">Ordered by (from, to), ordinal, as CooRTweet reference files are.</param>
/// <param name="AccountCount">Vertices: accounts in any co-share.</param>
/// <param name="Threshold">θ, the type-7 quantile of the weights at the edge-weight parameter; NaN with no edges.</param>
/// <param name="Groups">Connected components of the edges with weight &gt; θ.</param>
public sealed record CoordinationNetwork(
    IReadOnlyList<CoordinationEdge> Edges,
    int AccountCount,
    double Threshold,
    IReadOnlyList<CoordinationGroup> Groups)
{
    /// <summary>Edges with weight &gt; θ.</summary>
    public int CoordinatedEdgeCount => Edges.Count(e => e.IsCoordinated);

    /// <summary>Accounts touched by a coordinated edge.</summary>
    public int CoordinatedAccountCount => Groups.Sum(g => g.Members.Count);
}
