using FactBot.Core.Detection.Statistics;

namespace FactBot.Core.Tests.Detection.Statistics;

public sealed class NegativeBinomialTests
{
    [Theory]
    [InlineData(10, 3.0, 2.0)]
    [InlineData(40, 5.0, 1.5)]
    [InlineData(25, 12.0, 0.7)]
    [InlineData(3, 8.0, 4.0)]
    [InlineData(90, 60.0, 33.3)]
    public void UpperTail_AgreesWithBruteForceSumOfPmf(long y, double mean, double size)
    {
        double below = 0;
        for (var j = 0; j < y; j++)
            below += Math.Exp(NegativeBinomial.LogPmf(j, mean, size));

        Approx.Equal(1 - below, NegativeBinomial.UpperTail(y, mean, size), 1e-8);
    }

    [Theory]
    [InlineData(10, 3.0, 2.0, 0.030233088)]
    [InlineData(60, 10.0, 20.0, 1.1115074333373655e-14)] // tail far below double rounding of 1 − CDF
    public void UpperTail_KnownValues_Match(long y, double mean, double size, double expected)
    {
        Approx.Equal(expected, NegativeBinomial.UpperTail(y, mean, size), 1e-9);
    }

    [Fact]
    public void LogPmf_SumsToOne()
    {
        double total = 0;
        for (var j = 0; j < 2000; j++)
            total += Math.Exp(NegativeBinomial.LogPmf(j, 15, 0.9));

        Assert.Equal(1, total, 1e-9);
    }

    [Fact]
    public void UpperTail_InfiniteSize_IsPoisson()
    {
        Assert.Equal(Poisson.UpperTail(12, 4.2), NegativeBinomial.UpperTail(12, 4.2, double.PositiveInfinity));
    }

    [Fact]
    public void UpperTail_LargeSize_ApproachesPoisson()
    {
        Approx.Equal(Poisson.UpperTail(12, 4.2), NegativeBinomial.UpperTail(12, 4.2, 1e6), 1e-4);
    }

    [Fact]
    public void UpperTail_Overdispersed_HasHeavierTailThanPoisson()
    {
        Assert.True(NegativeBinomial.UpperTail(30, 10, 3) > 100 * Poisson.UpperTail(30, 10));
    }

    [Fact]
    public void UpperTail_ZeroCount_IsOne()
    {
        Assert.Equal(1, NegativeBinomial.UpperTail(0, 5, 2));
    }
}
