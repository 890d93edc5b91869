using System.Globalization;
using System.Text;

namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>The headline numbers of a batch run, as the CLI prints them.</summary>
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

    /// <summary>A few aligned lines for a terminal.</summary>
    public string Format(BatchCoordinationParameters parameters)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"time window {parameters.TimeWindowSeconds} s, min participation {parameters.MinParticipation}, edge weight {RNumberFormat.Format(parameters.EdgeWeight)}\n");
        text.Append(c, $"input rows            {Rows,10:N0}\n");
        text.Append(c, $"co-share pairs        {Pairs,10:N0}\n");
        text.Append(c, $"accounts in pairs     {Accounts,10:N0}\n");
        text.Append(c, $"edges                 {Edges,10:N0}\n");
        text.Append(c, $"threshold θ           {RNumberFormat.Format(Threshold),10}\n");
        text.Append(c, $"coordinated edges     {CoordinatedEdges,10:N0}  (weight > θ)\n");
        text.Append(c, $"coordinated accounts  {CoordinatedAccounts,10:N0}\n");
        text.Append(c, $"groups                {Groups,10:N0}\n");
        text.Append(c, $"largest group         {LargestGroup,10:N0}\n");
        return text.ToString();
    }
}
