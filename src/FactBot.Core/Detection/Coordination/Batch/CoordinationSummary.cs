namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>The headline numbers of a batch run (the CLI prints them).</summary>
/// <param name="Rows">Input rows, duplicates included.</param>
/// <param name="Pairs">Co-shares (<c>detect_groups</c> rows).</param>
/// <param name="Accounts">Accounts in any co-share (network vertices).</param>
/// <param name="Edges">Account pairs with at least one co-share.</param>
/// <param name="Threshold">θ; NaN when there are no edges.</param>
/// <param name="CoordinatedEdges">Edges with weight &gt; θ.</param>
/// <param name="CoordinatedAccounts">Accounts on a coordinated edge.</param>
/// <param name="Groups">Connected components of the coordinated edges.</param>
/// <param name="LargestGroup">Accounts in the largest group (0 when none).</param>
public sealed record CoordinationSummary(
    int Rows,
    int Pairs,
    int Accounts,
    int Edges,
    double Threshold,
    int CoordinatedEdges,
    int CoordinatedAccounts,
    int Groups,
    int LargestGroup)
{
    /// <summary>The summary of <paramref name="result"/>.</summary>
    public static CoordinationSummary Of(BatchCoordinationResult result)
    {
        var network = result.Network;
        return new CoordinationSummary(
            result.Pairs.Table.Count,
            result.Pairs.Count,
            network.AccountCount,
            network.Edges.Count,
            network.Threshold,
            network.CoordinatedEdgeCount,
            network.CoordinatedAccountCount,
            network.Groups.Count,
            network.Groups.Count == 0 ? 0 : network.Groups.Max(g => g.Members.Count));
    }
}
