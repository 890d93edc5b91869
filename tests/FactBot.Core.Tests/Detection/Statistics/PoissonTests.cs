using FactBot.Core.Detection.Statistics;

namespace FactBot.Core.Tests.Detection.Statistics;

public sealed class PoissonTests
{
    [Theory]
    [InlineData(10, 3.0, 0.0011024881301154797)]
    [InlineData(50, 5.0, 2.1810592140784888e-32)] // far tail: must not collapse to 0 or lose digits
    [InlineData(150, 30.0, 7.5592303464840563e-55)]
    public void UpperTail_KnownValues_Match(long y, double lambda, double expected)
    {
        Approx.Equal(expected, Poisson.UpperTail(y, lambda), 1e-10);
    }

    [Theory]
    [InlineData(4, 2.5)]
    [InlineData(17, 9.0)]
    [InlineData(30, 40.0)]
    public void UpperTail_AgreesWithSumOfPmf(long y, double lambda)
    {
        double below = 0;
        for (var j = 0; j < y; j++)
            below += Math.Exp(Poisson.LogPmf(j, lambda));

        Approx.Equal(1 - below, Poisson.UpperTail(y, lambda), 1e-10);
    }

    [Fact]
    public void UpperTail_AtLeastZero_IsOne()
    {
        Assert.Equal(1, Poisson.UpperTail(0, 7));
    }

    [Fact]
    public void UpperTail_AtLeastOne_IsOneMinusExpMinusLambda()
    {
        Approx.Equal(1 - Math.Exp(-0.8), Poisson.UpperTail(1, 0.8), 1e-13);
    }

    [Fact]
    public void LogPmf_KnownValue_Matches()
    {
        // P(Y = 2 | 3) = 9/2 · e^-3
        Approx.Equal(Math.Log(4.5) - 3, Poisson.LogPmf(2, 3), 1e-13);
    }
}
