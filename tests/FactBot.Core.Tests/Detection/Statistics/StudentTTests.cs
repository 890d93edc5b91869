using FactBot.Core.Detection.Statistics;

namespace FactBot.Core.Tests.Detection.Statistics;

public sealed class StudentTTests
{
    // Standard t-table values.
    [Theory]
    [InlineData(0.95, 5.0, 2.015048)]
    [InlineData(0.975, 10.0, 2.228139)]
    [InlineData(0.95, 1.0, 6.313752)]
    [InlineData(0.99, 30.0, 2.457262)]
    [InlineData(0.975, 2.0, 4.302653)]
    public void Quantile_TableValues_Match(double p, double df, double expected)
    {
        Assert.Equal(expected, StudentT.Quantile(p, df), 5e-6);
    }

    [Fact]
    public void Quantile_LowerHalf_IsNegativeOfUpper()
    {
        Assert.Equal(-StudentT.Quantile(0.9, 7), StudentT.Quantile(0.1, 7), 1e-10);
    }

    [Fact]
    public void Quantile_Median_IsZero()
    {
        Assert.Equal(0, StudentT.Quantile(0.5, 3));
    }

    [Fact]
    public void Cdf_OneDegree_IsCauchy()
    {
        // Cauchy: F(t) = ½ + atan(t)/π.
        Assert.Equal(0.5 + (Math.Atan(1.7) / Math.PI), StudentT.Cdf(1.7, 1), 1e-12);
    }

    [Fact]
    public void Cdf_TwoDegrees_HasClosedForm()
    {
        // ν = 2: F(t) = ½ + t / (2√(2 + t²)).
        Assert.Equal(0.5 + (-1.3 / (2 * Math.Sqrt(2 + (1.3 * 1.3)))), StudentT.Cdf(-1.3, 2), 1e-12);
    }

    [Theory]
    [InlineData(0.8, 4.0)]
    [InlineData(0.999, 12.0)]
    public void Cdf_OfQuantile_RoundTrips(double p, double df)
    {
        Assert.Equal(p, StudentT.Cdf(StudentT.Quantile(p, df), df), 1e-10);
    }

    [Fact]
    public void Quantile_ProbabilityOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StudentT.Quantile(1, 5));
    }
}
