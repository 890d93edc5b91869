using System.Globalization;
using System.Text;
using FactBot.Core.Detection.Coordination.Batch;
using FactBot.Sources.Coordination;

namespace FactBot.Worker.Cli.Coordination;

/// <summary>The verb's summary: a few aligned lines for a terminal, numbers as CooRTweet's R would print them.</summary>
internal static class CoordinationSummaryText
{
    public static string Format(CoordinationSummary summary, BatchCoordinationParameters parameters)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"time window {parameters.TimeWindowSeconds} s, min participation {parameters.MinParticipation}, edge weight {RNumberFormat.Format(parameters.EdgeWeight)}\n");
        text.Append(c, $"input rows            {summary.Rows,10:N0}\n");
        text.Append(c, $"co-share pairs        {summary.Pairs,10:N0}\n");
        text.Append(c, $"accounts in pairs     {summary.Accounts,10:N0}\n");
        text.Append(c, $"edges                 {summary.Edges,10:N0}\n");
        text.Append(c, $"threshold θ           {RNumberFormat.Format(summary.Threshold),10}\n");
        text.Append(c, $"coordinated edges     {summary.CoordinatedEdges,10:N0}  (weight > θ)\n");
        text.Append(c, $"coordinated accounts  {summary.CoordinatedAccounts,10:N0}\n");
        text.Append(c, $"groups                {summary.Groups,10:N0}\n");
        text.Append(c, $"largest group         {summary.LargestGroup,10:N0}\n");
        return text.ToString();
    }
}
