using FactBot.Core.Detection.Surge;

namespace FactBot.Core.Tests.Detection.Surge;

public sealed class PooledDispersionTests
{
    [Fact]
    public void Estimate_ResidualsLikePoisson_IsPoisson()
    {
        var series = new BinnedCounter(200);
        for (var bin = 0; bin < 100; bin++)
            Judged(series, bin, count: 20 + (bin % 2 == 0 ? 3 : -3), expected: 20, BaselineKind.Seasonal); // variance 9 < mean 20

        Assert.Null(PooledDispersion.Estimate(series, 0, 99, BaselineKind.Seasonal));
    }

    [Fact]
    public void Estimate_ExcessVariance_MatchesTheMethodOfMoments()
    {
        var series = new BinnedCounter(200);
        for (var bin = 0; bin < 100; bin++)
            Judged(series, bin, count: bin % 2 == 0 ? 30 : 10, expected: 20, BaselineKind.Seasonal);

        // Σ(y−μ)² = 100·100, Σμ = 2000, Σμ² = 40000 → k = 40000 / (10000 − 2000) = 5.
        Assert.Equal(5, PooledDispersion.Estimate(series, 0, 99, BaselineKind.Seasonal)!.Value, 1e-9);
    }

    [Fact]
    public void Estimate_EnoughPairsOfTheSameKind_IgnoresOtherKinds()
    {
        var series = new BinnedCounter(200);
        for (var bin = 0; bin < 50; bin++)
            Judged(series, bin, count: bin % 2 == 0 ? 60 : 0, expected: 20, BaselineKind.ColdStart);
        for (var bin = 50; bin < 100; bin++)
            Judged(series, bin, count: 20, expected: 20, BaselineKind.Seasonal);

        Assert.Null(PooledDispersion.Estimate(series, 0, 99, BaselineKind.Seasonal));
        Assert.NotNull(PooledDispersion.Estimate(series, 0, 99, BaselineKind.ColdStart));
    }

    [Fact]
    public void Estimate_FewPairsOfTheSameKind_PoolsAllKinds()
    {
        var series = new BinnedCounter(200);
        for (var bin = 0; bin < 50; bin++)
            Judged(series, bin, count: bin % 2 == 0 ? 60 : 0, expected: 20, BaselineKind.ColdStart);
        for (var bin = 50; bin < 55; bin++)
            Judged(series, bin, count: 20, expected: 20, BaselineKind.Seasonal);

        Assert.NotNull(PooledDispersion.Estimate(series, 0, 54, BaselineKind.Seasonal));
    }

    [Fact]
    public void Estimate_UnjudgedBins_AreLeftOut()
    {
        var series = new BinnedCounter(200);
        for (var bin = 0; bin < 100; bin++)
            series.Add(bin, bin % 2 == 0 ? 60 : 0); // wild counts, never judged

        Assert.Null(PooledDispersion.Estimate(series, 0, 99, BaselineKind.Seasonal));
    }

    private static void Judged(BinnedCounter series, long bin, int count, double expected, BaselineKind kind)
    {
        if (count > 0)
            series.Add(bin, count);
        series.RecordExpected(bin, expected, kind);
    }
}
