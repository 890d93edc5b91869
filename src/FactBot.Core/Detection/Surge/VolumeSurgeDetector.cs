using System.Collections.Concurrent;
using FactBot.Core.Alerts;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;
using Microsoft.Extensions.Options;

namespace FactBot.Core.Detection.Surge;

/// <summary>
/// Volume surges per watched target: posts are counted into fixed UTC bins; each bin, once it ended (plus
/// <see cref="SurgeOptions.Lateness"/>), is judged by <see cref="SurgeTest"/> for every watched target, in time order.
/// Memory is bounded by one ring of bins per target. Not thread-safe except <see cref="GetStatus"/>, which command
/// threads may call while the ingest loop runs.
/// </summary>
/// <remarks>
/// Posts may run at most a day (plus the lateness) ahead of the next bin to judge; further-ahead posts would push the
/// baseline out of the ring and are dropped. Before the first <see cref="Advance"/> (warm-up, replay start) nothing is
/// dropped: judging starts at the earliest post, or a day before the latest one, whichever is later, and anything
/// older is history only. Posts for bins already judged are late: within <see cref="SurgeOptions.AllowedLateness"/>
/// their series is judged again, from the earliest such bin on, so the verdicts are those of an in-order run, at the
/// first <see cref="Advance"/> with no new late post since the one before, or that judges a new bin; older ones only
/// count toward history, unless their series had no post at all when those bins were judged (<see cref="FirstSight"/>).
/// </remarks>
public sealed partial class VolumeSurgeDetector(IOptions<SurgeOptions> options) : IDetector
{
    /// <summary>The detector's name, as in <see cref="IDetector.Name"/>.</summary>
    public const string DetectorName = "volume";

    private readonly SurgeOptions _options = options.Value;
    private readonly SurgeTest _test = new(options.Value);
    private readonly ConcurrentDictionary<string, SurgeSeries> _series = new(StringComparer.Ordinal);
    private readonly BinEvidencePool _evidence = new();


    // The ingest loop's views of _series: by the WatchedTarget instances SetWatched announced (the matcher hands out
    // the same ones, so a post's targets are found without building their keys), and in _series' own order.
    private IdentityMap<WatchedTarget, SurgeSeries> _byEntry = new();
    private SurgeSeries[] _ordered = [];
    private long _stamp;

    private bool _started;
    private long _next;
    private long _minObserved = long.MaxValue;
    private long _maxObserved = long.MinValue;

    /// <inheritdoc />
    public string Name => DetectorName;

    /// <summary>Posts dropped for being too far ahead of the bins being judged (bad clocks, misordered feeds).</summary>
    internal long DroppedAhead { get; private set; }

    /// <inheritdoc />
    public void Observe(Post post, IReadOnlyList<WatchedTarget> targets)
    {
        if (targets.Count == 0)
            return;

        var bin = _test.Grid.IndexOf(post.CreatedAt);
        if (_started && bin >= _next + _test.AheadBins)
        {
            DroppedAhead++;
            return;
        }

        _minObserved = Math.Min(_minObserved, bin);
        _maxObserved = Math.Max(_maxObserved, bin);
        var lateFloor = _next - _test.LateBins;
        var late = _started && bin < _next && bin >= lateFloor;
        var collect = !_started || bin >= lateFloor;
        var staleBefore = _started ? lateFloor : _maxObserved - _test.AheadBins + 1;
        var stamp = ++_stamp;
        for (var i = 0; i < targets.Count; i++)
        {
            var entry = targets[i];
            if (!_byEntry.TryGetValue(entry, out var series))
                series = SeriesFor(entry.Target.Key, entry);

            // The same target on two watchlists arrives twice; it is one series and counts the post once.
            if (series.Stamp == stamp)
                continue;
            series.Stamp = stamp;
            // A series whose history arrives after its bins were judged blind is judged on it, however old.
            var blind = series.Blind(_started, _next, bin);
            var seriesLate = late || (blind && bin < _next);
            if (series.Add(post, bin, collect || blind, blind ? long.MinValue : staleBefore, _evidence, seriesLate))
                _late.Add(series);
            _lateArrived |= seriesLate;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<DetectionSignal> Advance(DateTimeOffset now)
    {
        // Bin b is judged once its end + lateness ≤ now, i.e. b ≤ index(now − lateness) − 1.
        var last = _test.Grid.IndexOf(now - _options.Lateness) - 1;
        if (!_started)
        {
            _started = true;
            _next = _minObserved == long.MaxValue
                ? last + 1
                : Math.Max(_minObserved, _maxObserved - _test.AheadBins + 1);
        }

        var series = _ordered;
        var watched = Math.Max(1, series.Length);
        // Late posts come in bursts (a poll, a file) or as a trickle: their series are judged again once a step passes
        // with no new late post (the burst is over), or before a new bin is judged (order), not at every step.
        var judgeLate = _late.Count > 0 && (_next <= last || !_lateArrived);
        _lateArrived = false;
        var signals = judgeLate ? JudgeLate(watched) : null;
        if (_next > last)
            return (IReadOnlyList<DetectionSignal>?)signals ?? [];

        for (var bin = _next; bin <= last; bin++)
        {
            // A long silence (or a clock jump): bins with no posts anywhere that would leave the ring before the end
            // never fire and are never read again, so skip straight to the ones that will be.
            if (bin > _maxObserved && last - bin >= _test.Capacity)
                bin = last - _test.Capacity + 1;

            foreach (var target in series)
            {
                if (target.Close(bin, watched, _evidence) is not { } fired)
                    continue;
                (signals ??= []).Add(SurgeSignalBuilder.Build(fired.Entry, fired.Evaluation, fired.Evidence, _options, fired.Audience));
            }
        }

        _next = last + 1;
        return (IReadOnlyList<DetectionSignal>?)signals ?? [];
    }

    /// <inheritdoc />
    public void SetWatched(IReadOnlyCollection<WatchedTarget> watched)
    {
        var byKey = watched
            .GroupBy(w => w.Target.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<WatchedTarget>)[.. g.DistinctBy(w => w.Watchlist, StringComparer.Ordinal)], StringComparer.Ordinal);

        foreach (var key in _series.Keys)
        {
            if (!byKey.ContainsKey(key))
                _series.TryRemove(key, out _);
        }

        foreach (var (key, entries) in byKey)
        {
            if (_series.TryGetValue(key, out var existing))
                existing.SetEntries(entries);
            else
                _series[key] = new SurgeSeries(_test, _test.CreateSeries(), entries);
        }

        _byEntry = new IdentityMap<WatchedTarget, SurgeSeries>(watched.Count);
        foreach (var entry in watched)
            _byEntry.Set(entry, _series[entry.Target.Key]);
        Reorder();
    }

    private SurgeSeries SeriesFor(string key, WatchedTarget entry)
    {
        if (_series.TryGetValue(key, out var series))
        {
            series.Include(entry);
            return series;
        }

        // Not announced by SetWatched: watch it from now on (and count it in M) rather than lose the post.
        series = new SurgeSeries(_test, _test.CreateSeries(), [entry]);
        _series[key] = series;
        Reorder();
        return series;
    }

    // Advance judges the series in the dictionary's own order, as it always has; the array spares a copy per bin.
    private void Reorder()
    {
        var ordered = new List<SurgeSeries>(_series.Count);
        foreach (var (_, series) in _series)
            ordered.Add(series);
        _ordered = [.. ordered];
    }
}
