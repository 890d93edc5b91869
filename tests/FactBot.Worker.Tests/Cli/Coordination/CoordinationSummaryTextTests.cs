using FactBot.Core.Detection.Coordination.Batch;
using FactBot.Worker.Cli.Coordination;

namespace FactBot.Worker.Tests.Cli.Coordination;

public sealed class CoordinationSummaryTextTests
{
    [Fact]
    public void Format_NoEdges_PrintsTheThresholdAsNA()
    {
        var summary = new CoordinationSummary(1, 0, 0, 0, double.NaN, 0, 0, 0, 0);

        var sut = CoordinationSummaryText.Format(summary, new BatchCoordinationParameters());

        Assert.Contains("threshold θ                   NA", sut, StringComparison.Ordinal);
        Assert.StartsWith("time window 10 s, min participation 2, edge weight 0.5\n", sut, StringComparison.Ordinal);
    }
}
