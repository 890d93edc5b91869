using FactBot.Core.Posts;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.Surge;

/// <summary>
/// One watched target's state in the volume detector. Guarded by its own lock so <c>/status</c> can read it from a
/// command thread while the ingest loop writes; the lock is uncontended in the ingest path, so Observe stays cheap.
/// </summary>
internal sealed class SurgeSeries(BinnedCounter counter, IReadOnlyList<WatchedTarget> entries)
{
    private readonly Lock _gate = new();

    // Bins not judged yet that have posts: almost always one or two, so a list beats a dictionary.
    private List<BinEvidence>? _pending;

    // The last judged bin, kept as numbers; its tail is computed when /status asks or before a post could change it.
    private SurgeVerdict _last;
    private bool _hasLast;
    private SurgeEvaluation? _lastEvaluation;

    /// <summary>The watchlist entries for this target, main first: the first one's thresholds are the primary ones.</summary>
    public IReadOnlyList<WatchedTarget> Entries { get; private set; } = Order(entries);

    public WatchTarget Target => Entries[0].Target;

    /// <summary>The ingest loop's number for the post last counted here, so a post matching it twice counts once.</summary>
    public long Stamp { get; set; }

    public void SetEntries(IReadOnlyList<WatchedTarget> entries) => Entries = Order(entries);

    /// <summary>Adds a watchlist entry seen with a post but not (yet) announced by SetWatched.</summary>
    public void Include(WatchedTarget entry)
    {
        var current = Entries;
        foreach (var known in current)
        {
            if (string.Equals(known.Watchlist, entry.Watchlist, StringComparison.Ordinal))
                return;
        }

        Entries = Order([.. current, entry]);
    }

    /// <summary>Counts a post; collects evidence when its bin is still to be judged.</summary>
    /// <param name="staleBefore">Evidence of bins before this one can no longer be judged and is dropped.</param>
    public void Add(SurgeTest test, Post post, long bin, bool collectEvidence, long staleBefore, BinEvidencePool pool)
    {
        lock (_gate)
        {
            // A late post (or one far ahead) changes what the last verdict's tail would read: settle it first.
            if (_hasLast && !_last.TailKnown && !test.TailStable(_last.Bin, bin))
                test.CompleteTail(counter, ref _last);
            if (!counter.Add(bin) || !collectEvidence)
                return;

            BinEvidence? evidence = null;
            _pending ??= [];
            for (var i = _pending.Count - 1; i >= 0; i--)
            {
                var pending = _pending[i];
                if (pending.Bin < staleBefore)
                {
                    _pending.RemoveAt(i);
                    pool.Return(pending);
                }
                else if (pending.Bin == bin)
                {
                    evidence = pending;
                }
            }

            if (evidence is null)
            {
                evidence = pool.Rent(bin);
                _pending.Add(evidence);
            }

            evidence.Add(post, test.Options.MaxEvidence);
        }
    }

    /// <summary>
    /// Judges a closed bin. Returns the firing evaluation, the entry whose thresholds fired, and the evidence (the
    /// caller returns it to the pool once used); null when it did not fire.
    /// </summary>
    public (SurgeEvaluation Evaluation, WatchedTarget Entry, BinEvidence? Evidence)? Close(
        SurgeTest test, long bin, int watchedSeries, BinEvidencePool pool)
    {
        lock (_gate)
        {
            if (counter.HistoryStart is null)
                counter.MarkStart(bin);
            var evidence = TakeEvidence(bin, pool);
            if (bin < counter.HistoryStart)
            {
                Release(evidence, pool);
                return null;
            }

            var entries = Entries;
            var verdict = test.Judge(counter, bin, Thresholds(test, entries[0]), watchedSeries);
            var chosen = verdict;
            var entry = entries[0];
            for (var i = 1; i < entries.Count && !chosen.Fired; i++)
            {
                var other = verdict;
                test.Apply(counter, ref other, Thresholds(test, entries[i]), watchedSeries);
                if (other.TailKnown && !verdict.TailKnown)
                    (verdict.Dispersion, verdict.P, verdict.TailKnown) = (other.Dispersion, other.P, true);
                (chosen, entry) = other.Fired ? (other, entries[i]) : (verdict, entry);
            }

            test.Record(counter, chosen);
            (_last, _hasLast, _lastEvaluation) = (chosen, true, null);
            if (chosen.Fired)
                return (_lastEvaluation = test.ToEvaluation(chosen), entry, evidence);

            Release(evidence, pool);
            return null;
        }
    }

    public SurgeStatus Snapshot(SurgeTest test, long openBin, int watchedSeries)
    {
        lock (_gate)
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
                Current = test.Evaluate(counter, openBin, Thresholds(test, Entries[0]), watchedSeries),
                LastEvaluation = LastEvaluation(test),
                Recent = recent,
            };
        }
    }

    // Under the lock. Add settles the tail before any post could change it, so computing it now gives what closing did.
    private SurgeEvaluation? LastEvaluation(SurgeTest test)
    {
        if (!_hasLast)
            return null;
        if (_lastEvaluation is null)
        {
            test.CompleteTail(counter, ref _last);
            _lastEvaluation = test.ToEvaluation(_last);
        }

        return _lastEvaluation;
    }

    private BinEvidence? TakeEvidence(long bin, BinEvidencePool pool)
    {
        if (_pending is null)
            return null;
        BinEvidence? evidence = null;
        for (var i = _pending.Count - 1; i >= 0; i--)
        {
            var pending = _pending[i];
            if (pending.Bin > bin)
                continue;
            _pending.RemoveAt(i);
            if (pending.Bin == bin)
                evidence = pending;
            else
                pool.Return(pending);
        }

        return evidence;
    }

    private static void Release(BinEvidence? evidence, BinEvidencePool pool)
    {
        if (evidence is not null)
            pool.Return(evidence);
    }

    private static SurgeThresholds Thresholds(SurgeTest test, WatchedTarget entry) =>
        SurgeThresholds.From(test.Options, entry.Thresholds);

    private static WatchedTarget[] Order(IReadOnlyList<WatchedTarget> entries) => entries.Count == 1
        ? [entries[0]]
        : [.. entries.OrderBy(e => string.Equals(e.Watchlist, Watchlist.MainName, StringComparison.Ordinal) ? 0 : 1)];
}
