using FactBot.Core.Detection.Statistics;

namespace FactBot.Core.Tests.Detection.Statistics;

public sealed class GammaTests
{
    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(2.0, 0.0)]
    [InlineData(0.5, 0.57236494292470008707)] // ln √π
    [InlineData(10.0, 12.801827480081469611)] // ln 9!
    [InlineData(100.0, 359.13420536957539878)] // ln 99!
    [InlineData(1e6, 12815504.569147611660)]
    public void LogGamma_KnownValues_Match(double x, double expected)
    {
        var actual = Gamma.LogGamma(x);

        Assert.Equal(expected, actual, Math.Max(1e-13, Math.Abs(expected) * 1e-13));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(3.7)]
    [InlineData(42.25)]
    public void LogGamma_Recurrence_HoldsGammaOfXPlusOneEqualsXGammaOfX(double x)
    {
        var actual = Gamma.LogGamma(x + 1) - Gamma.LogGamma(x);

        Assert.Equal(Math.Log(x), actual, 1e-12);
    }

    [Fact]
    public void LogGamma_NonPositiveArgument_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Gamma.LogGamma(0));
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(1.0)]
    [InlineData(7.5)]
    public void RegularizedLower_ShapeOne_IsExponentialCdf(double x)
    {
        Approx.Equal(1 - Math.Exp(-x), Gamma.RegularizedLower(1, x), 1e-13);
    }

    [Theory]
    [InlineData(2.5, 1.5, 0.30001416412137249090)] // series branch
    [InlineData(30.0, 45.0, 0.99266280070220349637)] // continued-fraction branch
    public void RegularizedLower_KnownValues_Match(double a, double x, double expected)
    {
        Approx.Equal(expected, Gamma.RegularizedLower(a, x), 1e-12);
    }

    [Theory]
    [InlineData(2.5, 1.5)]
    [InlineData(30.0, 45.0)]
    [InlineData(5.0, 5.5)]
    public void RegularizedUpper_IsComplementOfLower(double a, double x)
    {
        Assert.Equal(1, Gamma.RegularizedLower(a, x) + Gamma.RegularizedUpper(a, x), 1e-13);
    }

    [Fact]
    public void RegularizedLower_ZeroX_IsZero()
    {
        Assert.Equal(0, Gamma.RegularizedLower(3, 0));
    }
}
