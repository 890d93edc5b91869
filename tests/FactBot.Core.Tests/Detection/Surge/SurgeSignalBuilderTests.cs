using FactBot.Core.Alerts;
using FactBot.Core.Detection.Surge;
using FactBot.Core.Watchlists;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Detection.Surge;

public sealed class SurgeSignalBuilderTests
{
    private static readonly SurgeOptions Options = new();
    private static readonly WatchTarget Donbas = new(TargetKind.Hashtag, "donbas");

    [Fact]
    public void Explain_SeasonalHourlySurge_ReadsLikeTheDesign()
    {
        var actual = SurgeSignalBuilder.Explain(Donbas, Evaluation(count: 143, expected: 23, p: 3.1e-9, alpha: 1e-4), Options);

        Assert.Equal("#donbas: 143 posts in the hour to 14:00 UTC, ×6.2 the usual 23 for this hour (p = 3.1e-9 < 1.0e-4).", actual);
    }

    [Fact]
    public void Explain_ColdStartQuarterHourBins_SaysRecentAverageAndYoungHistory()
    {
        var options = new SurgeOptions { BinSize = TimeSpan.FromMinutes(15) };
        var evaluation = Evaluation(count: 30, expected: 4.2, p: 2e-7, alpha: 1e-4) with
        {
            Baseline = BaselineKind.ColdStart,
            WindowEnd = PostBuilder.Epoch.AddHours(14.25),
        };

        var actual = SurgeSignalBuilder.Explain(Donbas, evaluation, options);

        Assert.Equal(
            "#donbas: 30 posts in the 15 minutes to 14:15 UTC, ×7.1 the recent average of 4.2 per 15 minutes (p = 2.0e-7 < 1.0e-4; under 7 days of history).",
            actual);
    }

    [Theory]
    [InlineData(6.0, 1e-7, 1e-4, Severity.High)]
    [InlineData(6.0, 1e-5, 1e-4, Severity.Medium)] // big but not clear enough
    [InlineData(3.0, 1e-12, 1e-4, Severity.Medium)] // clear but not big enough
    public void SeverityOf_RatioAndP_DecideHighOrMedium(double ratio, double p, double alpha, Severity expected)
    {
        var evaluation = Evaluation(count: (int)(ratio * 10), expected: 10, p: p, alpha: alpha);

        Assert.Equal(expected, SurgeSignalBuilder.SeverityOf(evaluation));
    }

    [Fact]
    public void ConfidenceOf_SmallerP_IsHigherAndStaysWithinZeroAndOne()
    {
        var values = new[] { 9e-5, 1e-6, 1e-10, 1e-30, 0 }
            .Select(p => SurgeSignalBuilder.ConfidenceOf(Evaluation(count: 50, expected: 10, p: p, alpha: 1e-4)))
            .ToList();

        Assert.Equal(values.Order(), values);
        Assert.Equal(values.Count, values.Distinct().Count());
        Assert.All(values, v => Assert.InRange(v, 0.5, 1.0));
    }

    [Fact]
    public void Numbers_HaveTheStableNames()
    {
        var numbers = SurgeSignalBuilder.Numbers(Evaluation(count: 50, expected: 10, p: 1e-9, alpha: 1e-4), Options);

        Assert.Superset(
            new HashSet<string> { "count", "expected", "ratio", "p", "alpha", "dispersion", "floor", "baseline_days", "cold_start", "bin_minutes" },
            numbers.Keys.ToHashSet());
        Assert.Equal(50, numbers["count"]);
        Assert.Equal(60, numbers["bin_minutes"]);
        Assert.Equal(7, numbers["baseline_days"]);
        Assert.Equal(0, numbers["dispersion"]); // Poisson
    }

    private static SurgeEvaluation Evaluation(int count, double expected, double p, double alpha) => new()
    {
        WindowStart = PostBuilder.Epoch.AddHours(13),
        WindowEnd = PostBuilder.Epoch.AddHours(14),
        Count = count,
        Expected = expected,
        Ratio = count / expected,
        P = p,
        AlphaPerSeries = alpha,
        FamilyAlpha = alpha,
        WatchedSeries = 1,
        Baseline = BaselineKind.Seasonal,
        BaselinePoints = 7,
        Floor = 10,
        MinRatio = 2,
        Fired = true,
    };
}
