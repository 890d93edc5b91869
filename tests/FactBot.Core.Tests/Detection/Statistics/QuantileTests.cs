using FactBot.Core.Detection.Statistics;

namespace FactBot.Core.Tests.Detection.Statistics;

public sealed class QuantileTests
{
    // Expected values are what R prints for quantile(x, p) (type 7, R's default).
    [Theory]
    [InlineData(new double[] { 1, 2, 3, 4 }, 0.5, 2.5)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0.9, 9.1)]
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0.1, 1.9)]
    [InlineData(new double[] { 1, 1, 1, 1, 2 }, 0.5, 1)]
    [InlineData(new double[] { 1, 1, 1, 2, 3 }, 0.5, 1)]
    [InlineData(new double[] { 1, 1, 2, 3 }, 0.75, 2.25)]
    [InlineData(new double[] { 3, 1, 2 }, 0, 1)]
    [InlineData(new double[] { 3, 1, 2 }, 1, 3)]
    [InlineData(new double[] { 5 }, 0.37, 5)]
    [InlineData(new double[] { 1, 1, 3, 3, 5 }, 0.3, 1.4)]
    [InlineData(new double[] { 10, 20, 30 }, 0.33, 16.6)]
    [InlineData(new double[] { 9, 2, 7, 4, 5, 4 }, 0.25, 4)]
    [InlineData(new double[] { 9, 2, 7, 4, 5, 4 }, 0.8, 7)]
    public void Type7_KnownValues_MatchR(double[] values, double p, double expected)
    {
        var sut = Quantile.Type7(values, p);

        Assert.Equal(expected, sut, 12);
    }

    [Theory]
    [InlineData(new[] { 1, 2, 3, 4 }, 0.5, 2.5)]
    [InlineData(new[] { 4, 1, 3 }, 0.25, 2.0)]
    [InlineData(new[] { 1, 3 }, 1.0, 3.0)]
    public void Type7_WholeNumbers_MatchR(int[] values, double p, double expected) =>
        Assert.Equal(expected, Quantile.Type7(values, p), 12);

    [Fact]
    public void Type7_Empty_IsNaN()
    {
        Assert.True(double.IsNaN(Quantile.Type7(ReadOnlySpan<double>.Empty, 0.5)));
        Assert.True(double.IsNaN(Quantile.Type7(Array.Empty<int>(), 0.5)));
    }

    [Fact]
    public void Type7_InputOrder_DoesNotMatterAndIsNotModified()
    {
        double[] values = [4, 1, 3, 2];

        var sut = Quantile.Type7(values, 0.5);

        Assert.Equal(2.5, sut);
        Assert.Equal([4, 1, 3, 2], values);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    public void Type7_ProbabilityOutsideZeroOne_Throws(double p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Quantile.Type7([1, 2], p));

    [Fact]
    public void Median_EvenCount_AveragesTheMiddle()
    {
        Assert.Equal(2.5, Quantile.Median([4.0, 1, 3, 2]));
        Assert.Equal(2.5, Quantile.Median(Enumerable.Range(1, 4)));
    }

    [Fact]
    public void Median_OddCount_IsTheMiddleValue() => Assert.Equal(3, Quantile.Median([5.0, 3, 1]));
}
