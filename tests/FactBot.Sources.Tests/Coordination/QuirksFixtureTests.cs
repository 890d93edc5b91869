using FactBot.Core.Detection.Coordination.Batch;
using FactBot.Sources.Coordination;
using FactBot.Sources.Tests.Support;

namespace FactBot.Sources.Tests.Coordination;

/// <summary>The whole batch pipeline, file in and files out, on the hand-derived fixture in Samples/coordination (see its README).</summary>
public sealed class QuirksFixtureTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "factbot-coord-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
            Directory.Delete(_out, recursive: true);
    }

    private static BatchCoordinationResult RunQuirks(double edgeWeight = 0.5)
    {
        var read = CoShareCsvReader.ReadFile(Samples.PathOf("coordination", "quirks.csv"));
        Assert.True(read.IsSuccess, read.Error?.Message);
        Assert.Empty(read.Value.Skipped);
        var run = BatchCoordination.Run(read.Value.Table, new BatchCoordinationParameters { EdgeWeight = edgeWeight });
        Assert.True(run.IsSuccess, run.Error?.Message);
        return run.Value;
    }

    [Theory]
    [InlineData("pairs.csv", "quirks_tw10_pairs.csv")]
    [InlineData("edges.csv", "quirks_tw10_edges.csv")]
    [InlineData("groups.csv", "quirks_tw10_groups.csv")]
    public void Run_QuirksFixture_WritesHandDerivedFiles(string written, string expected)
    {
        var result = RunQuirks();

        var write = CoordinationCsvWriter.WriteAll(_out, result);

        Assert.True(write.IsSuccess);
        Assert.Equal(File.ReadAllText(Samples.PathOf("coordination", expected)), File.ReadAllText(Path.Combine(_out, written)));
    }

    [Fact]
    public void Run_QuirksFixture_SummaryCountsMatchHandDerivation()
    {
        var sut = RunQuirks().Summary;

        Assert.Equal(new CoordinationSummary(21, 13, 5, 5, 3, 1, 2, 1, 2), sut);
    }

    [Fact]
    public void Run_LowerEdgeWeight_InterpolatesThresholdAndJoinsTheTriangle()
    {
        var sut = RunQuirks(edgeWeight: 0.3).Network;

        Assert.Equal(1.4, sut.Threshold, 12);
        var group = Assert.Single(sut.Groups);
        Assert.Equal(["b:2", "k:2", "m:2"], group.Members.Select(m => $"{m.Account}:{m.CoordinatedDegree}"));
    }
}
