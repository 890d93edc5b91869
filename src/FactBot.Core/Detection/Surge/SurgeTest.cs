using FactBot.Core.Detection.Statistics;

namespace FactBot.Core.Detection.Surge;

/// <summary>
/// The volume-surge test on one series (the FactBot default): expected count from the
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

    // How many bins back from the bin judged its test reads (baseline, dispersion, status).
    private readonly int _needBack;

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
        LateBins = Grid.BinsIn(options.AllowedLateness);
        BackfillBins = Grid.BinsIn(options.Backfill);
        _needBack = needBack;
        Capacity = needBack + AheadBins + LateBins;
        BackfillCapacity = needBack + AheadBins + Math.Max(LateBins, BackfillBins);
    }

    public BinGrid Grid { get; }

    public SurgeOptions Options => _options;

    /// <summary>Ring size every series needs: the longest look-back plus <see cref="AheadBins"/>.</summary>
    public int Capacity { get; }

    /// <summary>How far ahead of the next bin to judge a post may be counted before it would evict needed history.</summary>
    public int AheadBins { get; }

    /// <summary>How many judged bins back a late post is still judged (<see cref="SurgeOptions.AllowedLateness"/>).</summary>
    public int LateBins { get; }

    /// <summary>
    /// Ring size of a series whose first data came after its bins were judged blind: it is judged up to
    /// <see cref="BackfillBins"/> back, on whole baselines. Only those series grow to it.
    /// </summary>
    public int BackfillCapacity { get; }

    /// <summary>How many bins back a just-watched target's first data is judged (<see cref="SurgeOptions.Backfill"/>).</summary>
    public int BackfillBins { get; }


    public BinnedCounter CreateSeries() => new(Capacity);

    /// <summary>
    /// Whether the ring still holds what judging <paramref name="bin"/> reads. Always, for a bin judged in order or
    /// within the allowed lateness; a first-data bin further back than the ring was sized for is history only, since
    /// the bins it would read as empty were not.
    /// </summary>
    public bool Holds(BinnedCounter series, long bin) =>
        series.Head is not { } head || bin - _needBack > head - series.Capacity || series.HistoryStart > head - series.Capacity;

    /// <summary>Judges <paramref name="bin"/> without changing the series.</summary>
    /// <param name="watchedSeries">M, the number of series tested at once (Bonferroni); values below 1 count as 1.</param>
    public SurgeEvaluation Evaluate(BinnedCounter series, long bin, SurgeThresholds thresholds, int watchedSeries)
    {
        var verdict = Judge(series, bin, thresholds, watchedSeries);
        CompleteTail(series, ref verdict);
        return ToEvaluation(verdict);
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
    /// Judges <paramref name="bin"/> without changing the series or allocating: what <see cref="Evaluate"/> computes,
    /// except that the tail is computed only when the count, ratio and baseline gates pass (otherwise nothing p could
    /// say makes the bin fire). <see cref="CompleteTail"/> fills it in later.
    /// </summary>
    public SurgeVerdict Judge(BinnedCounter series, long bin, SurgeThresholds thresholds, int watchedSeries)
    {
        var (raw, kind, points) = Baseline(series, bin);
        var verdict = new SurgeVerdict
        {
            Bin = bin,
            Count = series.CountAt(bin),
            Expected = Math.Max(raw, MinExpected),
            Kind = kind,
            Points = points,
        };
        Apply(series, ref verdict, thresholds, watchedSeries);
        return verdict;
    }

    /// <summary>Judges the same numbers by other gates (<see cref="Rejudge"/> for a verdict), computing the tail if they need it.</summary>
    public void Apply(BinnedCounter series, ref SurgeVerdict verdict, SurgeThresholds thresholds, int watchedSeries)
    {
        verdict.Thresholds = thresholds;
        verdict.WatchedSeries = Math.Max(1, watchedSeries);
        verdict.Alpha = thresholds.FamilyAlpha / verdict.WatchedSeries;
        verdict.Fired = false;
        if (!PassesOtherGates(verdict.Kind, verdict.Points, verdict.Count, verdict.Expected, thresholds))
            return;
        CompleteTail(series, ref verdict);
        verdict.Fired = Fires(verdict.Kind, verdict.Points, verdict.P, verdict.Count, verdict.Expected, thresholds, verdict.Alpha);
    }

    /// <summary>
    /// Computes the verdict's dispersion and p if not yet done. The series must hold what it held when the bin was
    /// judged in the bins the pool reads; recording the judged bin's own expectation does not change them.
    /// </summary>
    public void CompleteTail(BinnedCounter series, ref SurgeVerdict verdict)
    {
        if (verdict.TailKnown)
            return;

        // An empty bin has p = 1 whatever the dispersion: skipping the pool keeps quiet targets nearly free.
        verdict.Dispersion = verdict.Count == 0
            ? null
            : PooledDispersion.Estimate(series, verdict.Bin - _options.DispersionWindow, verdict.Bin - 1, verdict.Kind);
        verdict.P = NegativeBinomial.UpperTail(verdict.Count, verdict.Expected, verdict.Dispersion ?? double.PositiveInfinity);
        verdict.TailKnown = true;
    }

    /// <summary>
    /// Whether counting a post into <paramref name="bin"/> leaves the tail of a verdict on <paramref name="judged"/>
    /// as it was: the pool reads bins [judged − window, judged − 1] of a ring of <see cref="Capacity"/> bins, so only a
    /// late post or one far enough ahead to push the window's start out of the ring changes it.
    /// </summary>
    public bool TailStable(long judged, long bin) => bin >= judged && bin < judged + Capacity - _options.DispersionWindow;

    /// <summary>Records the verdict's expectation in the series, as <see cref="Close"/> does.</summary>
    public void Record(BinnedCounter series, in SurgeVerdict verdict) =>
        series.RecordExpected(verdict.Bin, verdict.Expected, HasBaseline(verdict.Kind, verdict.Points) ? verdict.Kind : null);

    /// <summary>The evaluation record of a verdict whose tail is known.</summary>
    public SurgeEvaluation ToEvaluation(in SurgeVerdict verdict)
    {
        if (!verdict.TailKnown)
            throw new InvalidOperationException("The verdict's tail is not computed yet.");

        return new SurgeEvaluation
        {
            WindowStart = Grid.StartOf(verdict.Bin),
            WindowEnd = Grid.EndOf(verdict.Bin),
            Count = verdict.Count,
            Expected = verdict.Expected,
            Ratio = verdict.Count / verdict.Expected,
            P = verdict.P,
            Dispersion = verdict.Dispersion,
            Baseline = verdict.Kind,
            BaselinePoints = verdict.Points,
            AlphaPerSeries = verdict.Alpha,
            FamilyAlpha = verdict.Thresholds.FamilyAlpha,
            WatchedSeries = verdict.WatchedSeries,
            Floor = verdict.Thresholds.Floor,
            MinRatio = verdict.Thresholds.MinRatio,
            Fired = verdict.Fired,
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
            series.CopyCounts(bin - perDay, -perDay, values[..n]); // day 1 first: the mean's sums run in this order
        }
        else
        {
            kind = BaselineKind.ColdStart;
            var from = Math.Max(start, bin - _options.ColdStartBins);
            n = (int)Math.Max(0, bin - from);
            series.CopyCounts(from, 1, values[..n]);
        }

        var cutoff = n >= 3 ? _cutoffs[n] : 0;
        return (OutlierWeightedMean.Compute(values[..n], cutoff, _options.OutlierDecay), kind, n);
    }

    /// <summary>
    /// Whether the expected count of <paramref name="bin"/> reads the count of <paramref name="other"/> (an earlier bin),
    /// given the series' history start: the same bin of day on the baseline days, or one of the cold-start bins.
    /// </summary>
    public bool BaselineReads(long bin, long other, long start)
    {
        var back = bin - other;
        if (back <= 0)
            return false;
        var perDay = Grid.BinsPerDay;
        return bin - ((long)_options.BaselineDays * perDay) >= start
            ? back % perDay == 0 && back <= (long)_options.BaselineDays * perDay
            : back <= _options.ColdStartBins && other >= start;
    }

    // Judged against a full enough baseline? Seasonal baselines always are; a cold start needs its minimum of bins.
    private bool HasBaseline(BaselineKind kind, int points) =>
        kind == BaselineKind.Seasonal || points >= Math.Min(_options.MinBaselinePoints, _options.ColdStartBins);

    private bool Fires(BaselineKind kind, int points, double p, int count, double expected, SurgeThresholds thresholds, double alpha) =>
        HasBaseline(kind, points) && p < alpha && count >= thresholds.Floor && count / expected >= thresholds.MinRatio;

    // Fires without its p gate: when this is false, p cannot matter.
    private bool PassesOtherGates(BaselineKind kind, int points, int count, double expected, SurgeThresholds thresholds) =>
        HasBaseline(kind, points) && count >= thresholds.Floor && count / expected >= thresholds.MinRatio;
}
