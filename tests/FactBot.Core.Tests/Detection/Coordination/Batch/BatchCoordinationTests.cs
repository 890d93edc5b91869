using FactBot.Core.Detection.Coordination.Batch;
using FactBot.Core.Results;

namespace FactBot.Core.Tests.Detection.Coordination.Batch;

public sealed class BatchCoordinationTests
{
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
