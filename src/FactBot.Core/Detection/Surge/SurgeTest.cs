using FactBot.Core.Detection.Statistics;

namespace FactBot.Core.Detection.Surge;

/// <summary>
/// The volume-surge test on one series (detection.md §2.5, the FactBot default): expected count from the
/// outlier-weighted same-bin-of-day baseline (or the previous bins while the series is young), negative-binomial
/// tail with dispersion pooled over recent bins, and the three gates p &lt; α/M, count ≥ floor, ratio ≥ minimum.
/// Reusable on any <see cref="BinnedCounter"/> (the state-media detector runs it on labelled accounts' posts).
/// Stateless apart from cached constants, so one instance serves every series and any thread.
/// </summary>
internal sealed class SurgeTest
{
    /// <summary>The expected count never goes below this, so an empty history does not make every post "infinitely improbable".</summary>
    public const double MinExpected = 0.5;

    /// <summary>Closed bins kept for charts and <c>/status</c>.</summary>
    public const int StatusBins = 48;

    private readonly SurgeOptions _options;
    private readonly int _maxPoints;

    // c = t_{1−α_outlier, n−2} by baseline size n: n is almost always BaselineDays or ColdStartBins, so computed once.
    private readonly double[] _cutoffs;

    public SurgeTest(SurgeOptions options)
    {
        _options = options;
        Grid = new BinGrid(options.BinSize);
        _maxPoints = Math.Max(options.BaselineDays, options.ColdStartBins);
        _cutoffs = new double[_maxPoints + 1];
        for (var n = 3; n <= _maxPoints; n++)
            _cutoffs[n] = StudentT.Quantile(1 - options.OutlierAlpha, n - 2);

        var needBack = Math.Max(
            Math.Max(options.BaselineDays * Grid.BinsPerDay, options.ColdStartBins),
            Math.Max(options.DispersionWindow, StatusBins));

        // A day of slack ahead of the bin being judged, plus the lateness: posts may run that far ahead of evaluation
        // without pushing the baseline out of the ring.
        AheadBins = Grid.BinsPerDay + Grid.BinsIn(options.Lateness);
        Capacity = needBack + AheadBins;
    }

    public BinGrid Grid { get; }

    public SurgeOptions Options => _options;

    /// <summary>Ring size every series needs: the longest look-back plus <see cref="AheadBins"/>.</summary>
    public int Capacity { get; }

    /// <summary>How far ahead of the next bin to judge a post may be counted before it would evict needed history.</summary>
    public int AheadBins { get; }

    public BinnedCounter CreateSeries() => new(Capacity);

    /// <summary>Judges <paramref name="bin"/> without changing the series.</summary>
    /// <param name="watchedSeries">M, the number of series tested at once (Bonferroni); values below 1 count as 1.</param>
    public SurgeEvaluation Evaluate(BinnedCounter series, long bin, SurgeThresholds thresholds, int watchedSeries)
    {
        var count = series.CountAt(bin);
        var (raw, kind, points) = Baseline(series, bin);
        var expected = Math.Max(raw, MinExpected);

        // An empty bin has p = 1 whatever the dispersion: skipping the pool keeps quiet targets nearly free.
        var dispersion = count == 0
            ? null
            : PooledDispersion.Estimate(series, bin - _options.DispersionWindow, bin - 1, kind);
        var p = NegativeBinomial.UpperTail(count, expected, dispersion ?? double.PositiveInfinity);
        var m = Math.Max(1, watchedSeries);
        var alpha = thresholds.FamilyAlpha / m;
        return new SurgeEvaluation
        {
            WindowStart = Grid.StartOf(bin),
            WindowEnd = Grid.EndOf(bin),
            Count = count,
            Expected = expected,
            Ratio = count / expected,
            P = p,
            Dispersion = dispersion,
            Baseline = kind,
            BaselinePoints = points,
            AlphaPerSeries = alpha,
            FamilyAlpha = thresholds.FamilyAlpha,
            WatchedSeries = m,
            Floor = thresholds.Floor,
            MinRatio = thresholds.MinRatio,
            Fired = Fires(kind, points, p, count, expected, thresholds, alpha),
        };
    }

    /// <summary>Judges <paramref name="bin"/> and records its expectation in the series (for later dispersion and charts).</summary>
    public SurgeEvaluation Close(BinnedCounter series, long bin, SurgeThresholds thresholds, int watchedSeries)
    {
        var evaluation = Evaluate(series, bin, thresholds, watchedSeries);
        series.RecordExpected(bin, evaluation.Expected, HasBaseline(evaluation.Baseline, evaluation.BaselinePoints) ? evaluation.Baseline : null);
        return evaluation;
    }

    /// <summary>Applies other gates to the same numbers (a target on several watchlists with different thresholds).</summary>
    public SurgeEvaluation Rejudge(SurgeEvaluation evaluation, SurgeThresholds thresholds, int watchedSeries)
    {
        var m = Math.Max(1, watchedSeries);
        var alpha = thresholds.FamilyAlpha / m;
        return evaluation with
        {
            AlphaPerSeries = alpha,
            FamilyAlpha = thresholds.FamilyAlpha,
            WatchedSeries = m,
            Floor = thresholds.Floor,
            MinRatio = thresholds.MinRatio,
            Fired = Fires(evaluation.Baseline, evaluation.BaselinePoints, evaluation.P, evaluation.Count, evaluation.Expected, thresholds, alpha),
        };
    }

    /// <summary>
    /// The expected count for <paramref name="bin"/> before flooring: seasonal once the series' history reaches back
    /// <see cref="SurgeOptions.BaselineDays"/> days, else the previous bins since its history started.
    /// </summary>
    public (double Expected, BaselineKind Kind, int Points) Baseline(BinnedCounter series, long bin)
    {
        var start = series.HistoryStart ?? bin;
        var perDay = Grid.BinsPerDay;
        Span<int> values = stackalloc int[_maxPoints];
        int n;
        BaselineKind kind;
        if (bin - ((long)_options.BaselineDays * perDay) >= start)
        {
            kind = BaselineKind.Seasonal;
            n = _options.BaselineDays;
            for (var day = 1; day <= n; day++)
                values[day - 1] = series.CountAt(bin - ((long)day * perDay));
        }
        else
        {
            kind = BaselineKind.ColdStart;
            var from = Math.Max(start, bin - _options.ColdStartBins);
            n = (int)Math.Max(0, bin - from);
            for (var i = 0; i < n; i++)
                values[i] = series.CountAt(from + i);
        }

        var cutoff = n >= 3 ? _cutoffs[n] : 0;
        return (OutlierWeightedMean.Compute(values[..n], cutoff, _options.OutlierDecay), kind, n);
    }

    // Judged against a full enough baseline? Seasonal baselines always are; a cold start needs its minimum of bins.
    private bool HasBaseline(BaselineKind kind, int points) =>
        kind == BaselineKind.Seasonal || points >= Math.Min(_options.MinBaselinePoints, _options.ColdStartBins);

    private bool Fires(BaselineKind kind, int points, double p, int count, double expected, SurgeThresholds thresholds, double alpha) =>
        HasBaseline(kind, points) && p < alpha && count >= thresholds.Floor && count / expected >= thresholds.MinRatio;
}
