using FactBot.Core.Delivery;

namespace FactBot.Core.Tests.Delivery;

public sealed class ChartBandTests
{
    [Fact]
    public void Of_PoissonMeanTwo_IsTheCentral95PercentInterval()
    {
        // Poisson(2): P(Y ≥ 6) = 0.017 ≤ 0.025 < P(Y ≥ 5) = 0.053, and P(Y = 0) = 0.135 > 0.025.
        var (low, high) = ChartBand.Of(2, null);

        Assert.Equal(0, low);
        Assert.Equal(5, high);
    }

    [Fact]
    public void Of_PoissonMeanHundred_IsCloseToTheNormalApproximation()
    {
        var (low, high) = ChartBand.Of(100, null);

        Assert.InRange(low, 100 - (1.96 * 10) - 2, 100 - (1.96 * 10) + 2);
        Assert.InRange(high, 100 + (1.96 * 10) - 2, 100 + (1.96 * 10) + 2);
    }

    [Fact]
    public void Of_OverDispersed_IsWiderThanPoisson()
    {
        var poisson = ChartBand.Of(50, null);
        var negativeBinomial = ChartBand.Of(50, 5);

        Assert.True(negativeBinomial.High > poisson.High + 10, $"{negativeBinomial} vs {poisson}");
        Assert.True(negativeBinomial.Low < poisson.Low, $"{negativeBinomial} vs {poisson}");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void Of_NoExpectation_IsZero(double mean) => Assert.Equal((0d, 0d), ChartBand.Of(mean, null));

    [Theory]
    [InlineData(0.5)]
    [InlineData(7.3)]
    [InlineData(1_000_000)]
    public void Of_AnyMean_BracketsTheMean(double mean)
    {
        var (low, high) = ChartBand.Of(mean, 20);

        Assert.InRange(mean, low, high);
        Assert.True(low >= 0);
    }
}
