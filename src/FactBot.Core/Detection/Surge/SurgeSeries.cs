using FactBot.Core.Alerts;
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
    private SurgeEvaluation? _last;

    /// <summary>The watchlist entries for this target, main first: the first one's thresholds are the primary ones.</summary>
    public IReadOnlyList<WatchedTarget> Entries { get; private set; } = Order(entries);

    public WatchTarget Target => Entries[0].Target;

    public void SetEntries(IReadOnlyList<WatchedTarget> entries) => Entries = Order(entries);

    /// <summary>Adds a watchlist entry seen with a post but not (yet) announced by SetWatched.</summary>
    public void Include(WatchedTarget entry)
    {
        var current = Entries;
        if (!current.Any(e => string.Equals(e.Watchlist, entry.Watchlist, StringComparison.Ordinal)))
            Entries = Order([.. current, entry]);
    }

    /// <summary>Counts a post; collects evidence when its bin is still to be judged.</summary>
    /// <param name="staleBefore">Evidence of bins before this one can no longer be judged and is dropped.</param>
    public void Add(Post post, long bin, bool collectEvidence, int maxExamples, long staleBefore)
    {
        lock (_gate)
        {
            if (!counter.Add(bin) || !collectEvidence)
                return;

            _pending ??= [];
            _pending.RemoveAll(e => e.Bin < staleBefore);
            var evidence = _pending.Find(e => e.Bin == bin);
            if (evidence is null)
            {
                evidence = new BinEvidence(bin);
                _pending.Add(evidence);
            }

            evidence.Add(post, maxExamples);
        }
    }

    /// <summary>Judges a closed bin. Returns the firing evaluation, the entry whose thresholds fired, and the evidence.</summary>
    public (SurgeEvaluation Evaluation, WatchedTarget Entry, BinEvidence? Evidence)? Close(
        SurgeTest test, long bin, int watchedSeries)
    {
        lock (_gate)
        {
            if (counter.HistoryStart is null)
                counter.MarkStart(bin);
            var evidence = TakeEvidence(bin);
            if (bin < counter.HistoryStart)
                return null;

            var entries = Entries;
            var evaluation = test.Close(counter, bin, Thresholds(test, entries[0]), watchedSeries);
            var entry = entries[0];
            for (var i = 1; i < entries.Count && !evaluation.Fired; i++)
            {
                var other = test.Rejudge(evaluation, Thresholds(test, entries[i]), watchedSeries);
                if (other.Fired)
                    (evaluation, entry) = (other, entries[i]);
            }

            _last = evaluation;
            return evaluation.Fired ? (evaluation, entry, evidence) : null;
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
                LastEvaluation = _last,
                Recent = recent,
            };
        }
    }

    private BinEvidence? TakeEvidence(long bin)
    {
        if (_pending is null)
            return null;
        var evidence = _pending.Find(e => e.Bin == bin);
        _pending.RemoveAll(e => e.Bin <= bin);
        return evidence;
    }

    private static SurgeThresholds Thresholds(SurgeTest test, WatchedTarget entry) =>
        SurgeThresholds.From(test.Options, entry.Thresholds);

    private static WatchedTarget[] Order(IReadOnlyList<WatchedTarget> entries) => entries.Count == 1
        ? [entries[0]]
        : [.. entries.OrderBy(e => string.Equals(e.Watchlist, Watchlist.MainName, StringComparison.Ordinal) ? 0 : 1)];
}
