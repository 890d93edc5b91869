using FactBot.Core.Detection.Coordination.Batch;
using FactBot.Core.Results;

namespace FactBot.Core.Tests.Detection.Coordination.Batch;

/// <summary>The whole batch pipeline on the hand-derived fixture in Samples/coordination (see its README).</summary>
public sealed class BatchCoordinationTests : IDisposable
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "Samples", "coordination");
    private readonly string _out = Path.Combine(Path.GetTempPath(), "factbot-coord-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
            Directory.Delete(_out, recursive: true);
    }

    private static BatchCoordinationResult RunQuirks(double edgeWeight = 0.5)
    {
        var table = CoShareCsvReader.ReadFile(Path.Combine(Samples, "quirks.csv"));
        Assert.True(table.IsSuccess, table.Error?.Message);
        var run = BatchCoordination.Run(table.Value, new BatchCoordinationParameters { EdgeWeight = edgeWeight });
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
        Assert.Equal(File.ReadAllText(Path.Combine(Samples, expected)), File.ReadAllText(Path.Combine(_out, written)));
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

    [Theory]
    [InlineData(-1, 2, 0.5, "TimeWindow")]
    [InlineData(10, -1, 0.5, "MinParticipation")]
    [InlineData(10, 2, 1.5, "EdgeWeight")]
    [InlineData(10, 2, double.NaN, "EdgeWeight")]
    public void Run_ParameterOutOfRange_ReturnsErrorNamingIt(int window, int min, double edgeWeight, string name)
    {
        var parameters = new BatchCoordinationParameters
        {
            TimeWindow = TimeSpan.FromSeconds(window), MinParticipation = min, EdgeWeight = edgeWeight,
        };

        var sut = BatchCoordination.Run([new CoShareRow("o", "a", "c", 0)], parameters);

        var error = Assert.IsType<InvalidArgument>(sut.Error);
        Assert.Equal(name, error.Argument);
    }

    [Fact]
    public void Run_NoPairs_GivesEmptyNetworkWithUndefinedThreshold()
    {
        var sut = BatchCoordination.Run([new CoShareRow("o", "a", "c", 0)], new BatchCoordinationParameters());

        Assert.True(sut.IsSuccess);
        Assert.Equal(new CoordinationSummary(1, 0, 0, 0, double.NaN, 0, 0, 0, 0), sut.Value.Summary);
        Assert.Contains("threshold θ                   NA", sut.Value.Summary.Format(new BatchCoordinationParameters()), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TimeWindowWithFraction_UsesWholeSeconds()
    {
        var rows = new[] { new CoShareRow("o", "a", "a1", 0), new CoShareRow("o", "b", "b1", 10), new CoShareRow("o", "c", "c1", 11) };
        var parameters = new BatchCoordinationParameters { TimeWindow = TimeSpan.FromSeconds(10.9), MinParticipation = 1 };

        var sut = BatchCoordination.Run(rows, parameters);

        Assert.Equal(["a1-b1", "b1-c1"], sut.Value!.Pairs.Select(p => $"{p.ContentId}-{p.ContentIdY}").Order(StringComparer.Ordinal));
    }
}
