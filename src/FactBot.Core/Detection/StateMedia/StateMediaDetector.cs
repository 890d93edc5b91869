using FactBot.Core.Alerts;
using FactBot.Core.Detection.Surge;
using FactBot.Core.Labels;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// Surges of state-media posting inside a watched target. Per target and closed bin: (a) the volume-surge test on the
/// posts of accounts labelled state-controlled, state-captured, government or diplomat, and (b) Kleinberg's binomial
/// burst automaton on their share of all posts over a sliding window. Either firing, with enough labelled posts in
/// the bin, raises a signal that names the labelled accounts and says whether each started the wave or joined it.
/// </summary>
public sealed partial class StateMediaDetector : IDetector
{
    private readonly StateMediaOptions _options;
    private readonly SurgeOptions _volume;
    private readonly SurgeTest _test;
    private readonly StateMediaSignalBuilder _signals;
    private readonly Dictionary<string, TargetSeries> _series = new(StringComparer.Ordinal);
    private readonly LabelledAccounts _accounts = new();


    // The series by the WatchedTarget instances SetWatched announced: the matcher hands out the same ones, so a post's
    // targets are found without building their keys.
    private IdentityMap<WatchedTarget, TargetSeries> _byEntry = new();
    private long _stamp;
    private long? _lastClosed;
    private int _watchedSeries;

    /// <param name="options">The state-media settings; its bin size overrides the volume settings' one.</param>
    /// <param name="volume">The volume-surge settings the labelled-post test shares (α, baseline, ratio); defaults if null.</param>
    public StateMediaDetector(StateMediaOptions options, SurgeOptions? volume = null)
    {
        _options = options;
        _volume = ForLabelledPosts(volume ?? new SurgeOptions(), options);
        _test = new SurgeTest(_volume);
        _signals = new StateMediaSignalBuilder(options);
    }

    public string Name => "state-media";

    // The detailed bins kept: the burst window plus the bin before it (the wave's "bin before").
    private int KeepBins => _options.WindowBins + 1;

    public void Observe(Post post, IReadOnlyList<WatchedTarget> targets)
    {
        if (targets.Count == 0)
            return;

        var bin = _test.Grid.IndexOf(post.CreatedAt);
        if (_lastClosed is { } ahead && bin > ahead + 1 + _test.AheadBins)
            return;
        // Older than the detail kept: only a series that had no post when those bins were judged takes it (its history).
        var old = _lastClosed is { } closed && bin <= closed - KeepBins - _test.LateBins;
        var late = _lastClosed is { } judged && bin <= judged && bin > judged - _test.LateBins;
        var next = _lastClosed + 1 ?? long.MinValue;

        var labelled = IsStateMedia(post);
        var stamp = ++_stamp;
        for (var i = 0; i < targets.Count; i++)
        {
            var watched = targets[i];
            if (!_byEntry.TryGetValue(watched, out var series))
                series = SeriesFor(watched);

            // The same target on two watchlists arrives twice: its posts count once.
            if (series.Stamp == stamp)
                continue;
            series.Stamp = stamp;
            // A first-data bin's wave reads the window before it: those bins are its history, kept in detail too.
            var blind = series.Blind(_lastClosed is not null, next, bin, _test.LateBins, _test.BackfillBins + KeepBins, _test.BackfillCapacity);
            if (old && !blind)
                continue;
            var seriesLate = late || (blind && bin < next);
            series.Add(post, bin, labelled);
            if (seriesLate && series.Late.Mark(bin, movesBaselines: labelled))
                _late.Add(series);
            _lateArrived |= seriesLate;
        }
    }

    public IReadOnlyList<DetectionSignal> Advance(DateTimeOffset now)
    {
        var last = _test.Grid.IndexOf(now - _volume.Lateness) - 1;
        var first = _lastClosed + 1 ?? _series.Values.Min(series => series.HistoryStart) ?? last;
        first = Math.Max(first, last - _test.Capacity + _test.AheadBins + 1);
        List<DetectionSignal>? signals = null;
        var watchedSeries = Math.Max(_watchedSeries, _series.Count);

        // Series late posts fell into are judged again through the last judged bin, in order, before any new bin; and
        // once a step passed with no new late post (as the volume detector does).
        var judgeLate = _late.Count > 0 && (last >= first || !_lateArrived);
        _lateArrived = false;
        if (judgeLate)
            JudgeLate(watchedSeries, ref signals);
        for (var bin = first; bin <= last; bin++)
        {
            foreach (var series in _series.Values)
            {
                if (Evaluate(series, bin, watchedSeries).Finding is { } finding)
                    (signals ??= []).Add(_signals.Build(finding));
            }
        }

        if (last >= first)
            _lastClosed = last;
        return (IReadOnlyList<DetectionSignal>?)signals ?? [];
    }

    public void SetWatched(IReadOnlyCollection<WatchedTarget> watched)
    {
        var current = watched
            .GroupBy(w => w.Target.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(w => w.Watchlist == Watchlist.MainName ? 0 : 1).First(), StringComparer.Ordinal);
        foreach (var key in _series.Keys.Where(key => !current.ContainsKey(key)).ToList())
            _series.Remove(key);
        foreach (var (key, target) in current)
        {
            // A target is observed from the moment it is watched: its silent bins are real zeros, so a target first used
            // on the day of a surge (a new sound) is judged against a week of nothing, not as a cold start.
            if (_series.TryGetValue(key, out var series))
                series.Watch(target, ThresholdsFor(target));
            else
                _series[key] = NewSeries(target);
        }

        _watchedSeries = current.Count;
        _byEntry = new IdentityMap<WatchedTarget, TargetSeries>(watched.Count);
        foreach (var entry in watched)
            _byEntry.Set(entry, _series[entry.Target.Key]);
    }

    /// <returns>The finding to report (none when it did not fire, or fired again on the same numbers), and whether the
    /// bin had fired before and no longer does.</returns>
    private (WaveFinding? Finding, bool Withdrawn) Evaluate(TargetSeries series, long bin, int watchedSeries, bool rejudging = false)
    {
        if (series.HistoryStart is null)
            series.MarkStart(bin);
        if (series.HistoryStart is not { } start || bin < start || !_test.Holds(series.Labelled, bin))
            return (null, false);

        var verdict = _test.Judge(series.Labelled, bin, series.Thresholds, watchedSeries);
        _test.Record(series.Labelled, verdict);
        series.JudgedStart = series.HistoryStart;
        series.Prune(bin);
        var labelled = series.LabelledAt(bin);
        if (labelled < _options.MinLabelledPosts)
            return (null, series.Fired.Set(bin, false, 0, 0, bin - _test.LateBins));

        // Only a bin that may be reported needs the whole evaluation (recording this bin left the pooled bins alone).
        _test.CompleteTail(series.Labelled, ref verdict);
        var volume = _test.ToEvaluation(verdict);

        var finding = WaveFinder.Find(series, bin, start, labelled, volume, _options, _test.Grid);

        // Judged again on the numbers it fired on before: not news. The burst part reads the whole window, so its
        // numbers count too.
        var count = finding is null
            ? 0
            : HashCode.Combine(labelled, series.TotalAt(bin), finding.Burst.P0, finding.Burst.Weight, finding.WaveStart, finding.UsualShare, volume.Expected);
        var p = volume.P;
        var repeat = finding is not null && rejudging && series.Fired.Same(bin, count, p);
        var withdrawn = series.Fired.Set(bin, finding is not null, count, p, bin - _test.LateBins) && finding is null;
        return (repeat ? null : finding, withdrawn);
    }

    private TargetSeries SeriesFor(WatchedTarget watched)
    {
        if (!_series.TryGetValue(watched.Target.Key, out var series))
            _series[watched.Target.Key] = series = NewSeries(watched);
        return series;
    }

    private TargetSeries NewSeries(WatchedTarget watched) =>
        new(watched, ThresholdsFor(watched), _test.CreateSeries(), _options.BinSize, KeepBins, _accounts, _test.LateBins);

    private SurgeThresholds ThresholdsFor(WatchedTarget watched) =>
        SurgeThresholds.From(_volume, watched.Thresholds) with { Floor = _options.MinLabelledPosts };

    private static bool IsStateMedia(Post post) =>
        post.AuthorLabel is { } label
        && label.Category.CountsAsStateMedia()
        && (label.ValidFrom is not { } from || post.CreatedAt >= from)
        && (label.ValidTo is not { } to || post.CreatedAt < to);

    // The labelled series shares the volume test's model; only the bin size and the floor are its own.
    private static SurgeOptions ForLabelledPosts(SurgeOptions volume, StateMediaOptions options) => new()
    {
        BinSize = options.BinSize,
        BaselineDays = volume.BaselineDays,
        Floor = options.MinLabelledPosts,
        MinRatio = volume.MinRatio,
        FamilyAlpha = volume.FamilyAlpha,
        OutlierAlpha = volume.OutlierAlpha,
        OutlierDecay = volume.OutlierDecay,
        ColdStartBins = volume.ColdStartBins,
        MinBaselinePoints = volume.MinBaselinePoints,
        DispersionWindow = volume.DispersionWindow,
        Lateness = volume.Lateness,
        AllowedLateness = volume.AllowedLateness,
        Backfill = volume.Backfill,
        MaxEvidence = volume.MaxEvidence,
    };
}
