using FactBot.Core.Alerts;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.Surge;

/// <summary>
/// One watched target's state in the volume detector. Guarded by its own lock so <c>/status</c> can read it from a
/// command thread while the ingest loop writes; the lock is uncontended in the ingest path, so Observe stays cheap. The
/// lock is the series' counter (private to it, and touched on every post and close anyway: one object fewer to reach).
/// </summary>
internal sealed partial class SurgeSeries
{
    private readonly SurgeTest _test;
    private readonly BinnedCounter _counter;

    private PendingEvidence _pending;

    private FiredBins _fired;

    // What late posts changed since the series was last judged again, and the history start it was judged with.
    private readonly LateMarks _late = new();
    private long? _judgedStart;
    private int _minFloor;
    private double _minRatio;

    // The last judged bin, kept as numbers; its tail is computed when /status asks or before a post could change it.
    private SurgeVerdict _last;
    private bool _hasLast;
    private SurgeEvaluation? _lastEvaluation;

    // Entries[0]'s gates and the number of entries, so judging a bin does not reach into the watchlist records.
    private SurgeThresholds _primary;
    private int _entryCount;

    public SurgeSeries(SurgeTest test, BinnedCounter counter, IReadOnlyList<WatchedTarget> entries)
    {
        _test = test;
        _counter = counter;
        SetEntries(entries);
    }

    /// <summary>The watchlist entries for this target, main first: the first one's thresholds are the primary ones.</summary>
    public IReadOnlyList<WatchedTarget> Entries { get; private set; } = [];

    public WatchTarget Target => Entries[0].Target;

    /// <summary>The ingest loop's number for the post last counted here, so a post matching it twice counts once.</summary>
    public long Stamp { get; set; }


    public void SetEntries(IReadOnlyList<WatchedTarget> entries)
    {
        var ordered = Order(entries);
        lock (_counter)
        {
            (_primary, _entryCount) = (Thresholds(ordered[0]), ordered.Length);
            _minFloor = ordered.Min(e => Thresholds(e).Floor);
            _minRatio = ordered.Min(e => Thresholds(e).MinRatio);
            Entries = ordered;
        }
    }

    /// <summary>Adds a watchlist entry seen with a post but not (yet) announced by SetWatched.</summary>
    public void Include(WatchedTarget entry)
    {
        var current = Entries;
        foreach (var known in current)
        {
            if (string.Equals(known.Watchlist, entry.Watchlist, StringComparison.Ordinal))
                return;
        }

        SetEntries([.. current, entry]);
    }

    /// <summary>Counts a post; collects evidence when its bin is still to be judged, or judged again.</summary>
    /// <param name="staleBefore">Evidence of bins before this one can no longer be judged and is dropped.</param>
    /// <param name="late">The bin was judged already and is within the allowed lateness: it is to be judged again.</param>
    /// <returns>Whether the series just became due to be judged again (it was not before this post).</returns>
    public bool Add(Post post, long bin, bool collectEvidence, long staleBefore, BinEvidencePool pool, bool late = false)
    {
        var (test, counter) = (_test, _counter);
        lock (_counter)
        {
            // A late post (or one far ahead) changes what the last verdict's tail would read: settle it first.
            if (_hasLast && !_last.TailKnown && !test.TailStable(_last.Bin, bin))
                test.CompleteTail(counter, ref _last);
            if (!counter.Add(bin))
                return false;
            var due = late && _late.Mark(bin);
            if (collectEvidence)
                _pending.For(bin, staleBefore, pool).Add(post, test.Options.MaxEvidence);
            return due;
        }
    }

    /// <summary>
    /// Judges a closed bin. Returns the firing evaluation, the entry whose thresholds fired, the bin's evidence
    /// (null if it collected none) and every watchlist whose gates it passes; null when it did not fire.
    /// </summary>
    /// <param name="rejudging">The bin was judged before: a firing on the numbers it fired on then is not returned.</param>
    public (SurgeEvaluation Evaluation, WatchedTarget Entry, AlertEvidence? Evidence, IReadOnlyList<string> Audience)? Close(
        long bin, int watchedSeries, BinEvidencePool pool, bool rejudging = false, List<long>? withdrawn = null)
    {
        var (test, counter) = (_test, _counter);
        lock (_counter)
        {
            if (counter.HistoryStart is null)
                counter.MarkStart(bin);
            var evidence = _pending.Take(bin, pool);
            if (bin < counter.HistoryStart || !test.Holds(counter, bin))
            {
                Release(evidence, pool);
                return null;
            }

            var verdict = test.Judge(counter, bin, _primary, watchedSeries);
            var chosen = verdict;
            var entry = _entryCount == 1 ? null : Entries[0];
            for (var i = 1; i < _entryCount && !chosen.Fired; i++)
            {
                var other = verdict;
                test.Apply(counter, ref other, Thresholds(Entries[i]), watchedSeries);
                if (other.TailKnown && !verdict.TailKnown)
                    (verdict.Dispersion, verdict.P, verdict.TailKnown) = (other.Dispersion, other.P, true);
                (chosen, entry) = other.Fired ? (other, Entries[i]) : (verdict, entry);
            }

            test.Record(counter, chosen);
            (_last, _hasLast, _lastEvaluation) = (chosen, true, null);
            _judgedStart = counter.HistoryStart;
            var repeat = chosen.Fired && rejudging && _fired.Same(bin, chosen.Count, chosen.P);
            if (_fired.Set(bin, chosen.Fired, chosen.Count, chosen.P, bin - test.LateBins) && !chosen.Fired)
                withdrawn?.Add(bin);
            var alert = chosen.Fired && !repeat ? evidence?.ToEvidence(test.Options.MaxEvidence) : null;
            Release(evidence, pool);
            if (chosen.Fired && !repeat)
                return (_lastEvaluation = test.ToEvaluation(chosen), entry ?? Entries[0], alert, Audience(chosen, entry ?? Entries[0], watchedSeries));
            return null;
        }
    }

    /// <summary>Whether the open bin already holds its floor of posts: below it the series cannot be surging.</summary>
    public bool AtFloor(long openBin)
    {
        lock (_counter)
            return _counter.CountAt(openBin) >= _primary.Floor;
    }

    public SurgeStatus Snapshot(long openBin, int watchedSeries)
    {
        var (test, counter) = (_test, _counter);
        lock (_counter)
        {
            var recent = new SurgeBinPoint[SurgeTest.StatusBins];
            for (var i = 0; i < recent.Length; i++)
            {
                var bin = openBin - SurgeTest.StatusBins + i;
                recent[i] = new SurgeBinPoint(test.Grid.StartOf(bin), counter.CountAt(bin), counter.ExpectedAt(bin));
            }

            return new SurgeStatus
            {
                Target = Target,
                BinSize = test.Grid.BinSize,
                Current = test.Evaluate(counter, openBin, _primary, watchedSeries),
                LastEvaluation = LastEvaluation(),
                Recent = recent,
            };
        }
    }

    // Under the lock. Add settles the tail before any post could change it, so computing it now gives what closing did.
    private SurgeEvaluation? LastEvaluation()
    {
        if (!_hasLast)
            return null;
        if (_lastEvaluation is null)
        {
            _test.CompleteTail(_counter, ref _last);
            _lastEvaluation = _test.ToEvaluation(_last);
        }

        return _lastEvaluation;
    }

    private void Release(BinEvidence? evidence, BinEvidencePool pool)
    {
        if (evidence is not null)
            _pending.Recycle(evidence, pool);
    }

    private SurgeThresholds Thresholds(WatchedTarget entry) => SurgeThresholds.From(_test.Options, entry.Thresholds);

    private static WatchedTarget[] Order(IReadOnlyList<WatchedTarget> entries) => entries.Count == 1
        ? [entries[0]]
        : [.. entries.OrderBy(e => string.Equals(e.Watchlist, Watchlist.MainName, StringComparison.Ordinal) ? 0 : 1)];
}
