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
public sealed class StateMediaDetector : IDetector
{
    private readonly StateMediaOptions _options;
    private readonly SurgeOptions _volume;
    private readonly SurgeTest _test;
    private readonly StateMediaSignalBuilder _signals;
    private readonly Dictionary<string, TargetSeries> _series = new(StringComparer.Ordinal);
    private readonly SlotBufferPool _pool = new();

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
        if (_lastClosed is { } closed && (bin <= closed - KeepBins || bin > closed + 1 + _test.AheadBins))
            return;

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
            series.Add(post, bin, labelled);
        }
    }

    public IReadOnlyList<DetectionSignal> Advance(DateTimeOffset now)
    {
        var last = _test.Grid.IndexOf(now - _volume.Lateness) - 1;
        var first = _lastClosed + 1 ?? _series.Values.Min(series => series.HistoryStart) ?? last;
        first = Math.Max(first, last - _test.Capacity + _test.AheadBins + 1);
        List<DetectionSignal>? signals = null;
        var watchedSeries = Math.Max(_watchedSeries, _series.Count);
        for (var bin = first; bin <= last; bin++)
        {
            foreach (var series in _series.Values)
            {
                if (Evaluate(series, bin, watchedSeries) is { } finding)
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

    private WaveFinding? Evaluate(TargetSeries series, long bin, int watchedSeries)
    {
        if (series.HistoryStart is null)
            series.MarkStart(bin);
        if (series.HistoryStart is not { } start || bin < start)
            return null;

        var verdict = _test.Judge(series.Labelled, bin, series.Thresholds, watchedSeries);
        _test.Record(series.Labelled, verdict);
        series.Prune(bin);
        var labelled = series.LabelledAt(bin);
        if (labelled < _options.MinLabelledPosts)
            return null;

        // Only a bin that may be reported needs the whole evaluation (recording this bin left the pooled bins alone).
        _test.CompleteTail(series.Labelled, ref verdict);
        var volume = _test.ToEvaluation(verdict);

        var windowStart = Math.Max(start, bin - _options.WindowBins + 1);
        var length = (int)(bin - windowStart + 1);
        var r = new int[length];
        var d = new int[length];
        for (var i = 0; i < length; i++)
        {
            r[i] = series.LabelledAt(windowStart + i);
            d[i] = series.TotalAt(windowStart + i);
        }

        var burst = KleinbergBurst.Run(r, d, _options.S, _options.Gamma);
        if (!burst.InBurst && !volume.Fired)
            return null;

        // The wave: the burst run, or the labelled accounts' own excursion up to the surge bin (both: whichever starts
        // earlier), so an account whose first post came hours before the surge bin is judged on that post.
        var waveStart = burst.InBurst ? windowStart + burst.RunStart : bin;
        if (volume.Fired)
            waveStart = Math.Min(waveStart, ExcursionStart(series.Labelled, bin, windowStart));

        // The usual share is the one before the wave (the burst model's p0 includes the wave itself).
        var before = new List<int>();
        long labelledBefore = 0, totalBefore = 0;
        for (var b = windowStart; b < waveStart; b++)
        {
            before.Add(series.TotalAt(b) - series.LabelledAt(b));
            labelledBefore += series.LabelledAt(b);
            totalBefore += series.TotalAt(b);
        }

        var wave = new List<BinActivity>();
        for (var b = waveStart; b <= bin; b++)
            wave.Add(series.At(b));

        var grid = _test.Grid;
        return new WaveFinding(
            series.Watched,
            grid.StartOf(bin),
            grid.EndOf(bin),
            grid.StartOf(waveStart),
            labelled,
            series.TotalAt(bin),
            volume,
            burst,
            burst.InBurst ? grid.StartOf(windowStart + burst.RunStart) : null,
            totalBefore == 0 ? null : (double)labelledBefore / totalBefore,
            WaveRoles.Analyse(before, wave));
    }

    /// <summary>
    /// The first bin of the run of bins, ending at the surge bin, in which the labelled accounts posted more than their
    /// expected count: where their excursion began. A bin at or below its expectation ends the run, so a routine or
    /// unrelated earlier post is not taken for the start. The bin before the surge bin is always included, so a crowd
    /// that rose just before the labelled accounts is seen and they are said to have joined.
    /// </summary>
    private static long ExcursionStart(BinnedCounter labelled, long bin, long windowStart)
    {
        var start = bin;
        while (start > windowStart && labelled.ExpectedAt(start - 1) is { } expected && labelled.CountAt(start - 1) > expected)
            start--;
        return Math.Min(start, bin - 1);
    }

    private TargetSeries SeriesFor(WatchedTarget watched)
    {
        if (!_series.TryGetValue(watched.Target.Key, out var series))
            _series[watched.Target.Key] = series = NewSeries(watched);
        return series;
    }

    private TargetSeries NewSeries(WatchedTarget watched) =>
        new(watched, ThresholdsFor(watched), _test.CreateSeries(), _options.BinSize, KeepBins, _pool);

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
        MaxEvidence = volume.MaxEvidence,
    };
}
