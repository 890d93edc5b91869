using FactBot.Core.Detection.Statistics;

namespace FactBot.Core.Tests.Detection.Statistics;

public sealed class BinomialTests
{
    [Fact]
    public void LogPmf_KnownValue_Matches()
    {
        // C(10, 3) / 2^10 = 120 / 1024
        Approx.Equal(Math.Log(120.0 / 1024), Binomial.LogPmf(3, 10, 0.5), 1e-13);
    }

    [Theory]
    [InlineData(8, 10, 0.5, 56.0 / 1024)]      // (45 + 10 + 1) / 2^10
    [InlineData(10, 10, 0.5, 1.0 / 1024)]
    [InlineData(20, 40, 1.0 / 6, 1.20899748748e-06)]
    [InlineData(11, 10, 0.5, 0.0)]
    [InlineData(3, 10, 0.0, 0.0)]
    public void UpperTail_AboveTheMean_IsTheSummedTail(long r, long n, double p, double expected) =>
        Assert.Equal(expected, Binomial.UpperTail(r, n, p), 1e-15 + (expected * 1e-9));

    [Theory]
    [InlineData(0, 10, 0.3)]
    [InlineData(3, 10, 0.3)]
    [InlineData(5, 10, 1.0)]
    public void UpperTail_AtOrBelowTheMean_IsOne(long r, long n, double p) => Assert.Equal(1, Binomial.UpperTail(r, n, p));

    [Fact]
    public void LogPmf_SumsToOne()
    {
        double total = 0;
        for (var r = 0; r <= 40; r++)
            total += Math.Exp(Binomial.LogPmf(r, 40, 0.17));

        Assert.Equal(1, total, 1e-12);
    }

    [Theory]
    [InlineData(0, 5, 0.0, 0.0)]
    [InlineData(5, 5, 1.0, 0.0)]
    [InlineData(1, 5, 0.0, double.NegativeInfinity)]
    [InlineData(4, 5, 1.0, double.NegativeInfinity)]
    [InlineData(6, 5, 0.5, double.NegativeInfinity)]
    public void LogPmf_DegenerateCases_AreExact(long r, long n, double p, double expected)
    {
        Assert.Equal(expected, Binomial.LogPmf(r, n, p));
    }

    [Fact]
    public void LogChoose_KnownValue_Matches()
    {
        Approx.Equal(Math.Log(184756), Binomial.LogChoose(20, 10), 1e-13);
    }
}
