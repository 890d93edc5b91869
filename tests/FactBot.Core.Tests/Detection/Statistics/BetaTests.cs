using FactBot.Core.Detection.Statistics;

namespace FactBot.Core.Tests.Detection.Statistics;

public sealed class BetaTests
{
    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.93)]
    public void Regularized_UniformCase_IsX(double x)
    {
        Approx.Equal(x, Beta.Regularized(x, 1, 1), 1e-13);
    }

    [Theory]
    [InlineData(0.2, 3.0)]
    [InlineData(0.8, 7.5)]
    public void Regularized_BOne_IsXToTheA(double x, double a)
    {
        Approx.Equal(Math.Pow(x, a), Beta.Regularized(x, a, 1), 1e-12);
    }

    [Theory]
    [InlineData(0.2, 3.0)]
    [InlineData(0.8, 7.5)]
    public void Regularized_AOne_IsOneMinusOneMinusXToTheB(double x, double b)
    {
        Approx.Equal(1 - Math.Pow(1 - x, b), Beta.Regularized(x, 1, b), 1e-12);
    }

    [Theory]
    [InlineData(0.4, 2.0, 3.0, 0.5248)]
    [InlineData(0.2, 0.5, 7.5, 0.92812040249880009825)]
    public void Regularized_KnownValues_Match(double x, double a, double b, double expected)
    {
        Approx.Equal(expected, Beta.Regularized(x, a, b), 1e-12);
    }

    [Theory]
    [InlineData(4.0)]
    [InlineData(123.5)]
    public void Regularized_SymmetricAtHalf_IsHalf(double a)
    {
        Assert.Equal(0.5, Beta.Regularized(0.5, a, a), 1e-12);
    }

    [Fact]
    public void Regularized_Symmetry_HoldsAcrossTheSwitchPoint()
    {
        var sut = Beta.Regularized(0.7, 3.5, 2.25);

        Assert.Equal(1 - Beta.Regularized(0.3, 2.25, 3.5), sut, 1e-13);
    }

    [Fact]
    public void Regularized_Ends_AreZeroAndOne()
    {
        Assert.Equal(0, Beta.Regularized(0, 2, 3));
        Assert.Equal(1, Beta.Regularized(1, 2, 3));
    }
}
