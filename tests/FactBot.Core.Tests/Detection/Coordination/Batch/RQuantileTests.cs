using FactBot.Core.Detection.Coordination.Batch;

namespace FactBot.Core.Tests.Detection.Coordination.Batch;

public sealed class RQuantileTests
{
    // Expected values are what R prints for quantile(x, p) (type 7), worked out by hand from its definition.
    [Theory]
    [InlineData(new double[] { 1, 2, 3, 4 }, 0.5, 2.5)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0.9, 9.1)]
    [InlineData(new double[] { 1, 1, 1, 1, 2 }, 0.5, 1)]
    [InlineData(new double[] { 1, 1, 2, 3 }, 0.75, 2.25)]
    [InlineData(new double[] { 3, 1, 2 }, 0, 1)]
    [InlineData(new double[] { 3, 1, 2 }, 1, 3)]
    [InlineData(new double[] { 5 }, 0.37, 5)]
    [InlineData(new double[] { 1, 1, 3, 3, 5 }, 0.3, 1.4)]
    public void Type7_KnownValues_MatchR(double[] values, double p, double expected)
    {
        var sut = RQuantile.Type7(values, p);

        Assert.Equal(expected, sut, 12);
    }

    [Fact]
    public void Type7_Empty_IsNaN() => Assert.True(double.IsNaN(RQuantile.Type7([], 0.5)));

    [Fact]
    public void Type7_InputOrder_DoesNotMatterAndIsNotModified()
    {
        double[] values = [4, 1, 3, 2];

        var sut = RQuantile.Type7(values, 0.5);

        Assert.Equal(2.5, sut);
        Assert.Equal([4, 1, 3, 2], values);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    public void Type7_ProbabilityOutsideZeroOne_Throws(double p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RQuantile.Type7([1, 2], p));
}
