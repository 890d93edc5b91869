using FactBot.Core.Detection.Coordination.Streaming;

namespace FactBot.Core.Tests.Detection.Coordination.Streaming;

public sealed class QuantileTests
{
    // Values as R's quantile(x, p) (type 7) gives them.
    [Theory]
    [InlineData(new[] { 1, 2, 3, 4 }, 0.5, 2.5)]
    [InlineData(new[] { 1, 1, 1, 2, 3 }, 0.5, 1.0)]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0.9, 9.1)]
    [InlineData(new[] { 5 }, 0.5, 5.0)]
    [InlineData(new[] { 1, 3 }, 0.0, 1.0)]
    [InlineData(new[] { 1, 3 }, 1.0, 3.0)]
    public void Type7_SortedValues_InterpolatesLikeR(int[] values, double p, double expected) =>
        Assert.Equal(expected, Quantile.Type7(values, p), 10);

    [Fact]
    public void Type7_Empty_IsNaN() => Assert.True(double.IsNaN(Quantile.Type7([], 0.5)));

    [Fact]
    public void Median_EvenCount_AveragesTheMiddle() => Assert.Equal(2.5, Quantile.Median([4, 1, 3, 2]));
}
