using FactBot.Core.Alerts;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.Surge;

/// <summary>Judging the series again after posts arrived for bins it had judged, or for bins judged before it had any.</summary>
internal sealed partial class SurgeSeries
{
    private FirstSight _sight;

    /// <summary>Whether <paramref name="bin"/> was judged before this series had any post (see <see cref="FirstSight"/>).</summary>
    public bool Blind(bool started, long next, long bin)
    {
        var blind = _sight.Blind(started, next, bin, _test.LateBins, _test.BackfillBins);
        // Backfilled bins are judged on whole baselines: the ring grows to hold them, before their history is counted.
        if (_sight.Backfilling(next, bin, _test.LateBins) && _counter.Capacity < _test.BackfillCapacity)
        {
            lock (_counter)
                _counter.Grow(_test.BackfillCapacity);
        }

        return blind;
    }

    /// <summary>
    /// Judges again, in order, every bin from the earliest one late posts fell into through <paramref name="through"/>
    /// (each verdict feeds the dispersion of the bins after it, so all of them, as an in-order run judged them), and
    /// adds to <paramref name="found"/> the bins that fire on numbers they had not fired on before.
    /// </summary>
    /// <param name="withdrawn">Bins that fired before and no longer do.</param>
    public void Rejudge(long through, int watchedSeries, BinEvidencePool pool,
        List<(SurgeEvaluation Evaluation, WatchedTarget Entry, AlertEvidence? Evidence, IReadOnlyList<string> Audience)> found, List<long> withdrawn)
    {
        var from = _late.Take();
        long? start;
        lock (_counter)
            start = _counter.HistoryStart;
        var startMoved = start != _judgedStart;
        for (var bin = from; bin <= through; bin++)
        {
            // A bin whose own count and baseline the late posts left alone, that had not fired and cannot (below the
            // floor, or below the ratio on the expectation it was judged on, which is unchanged), would be judged as
            // before: nothing to do. The last bin is always judged again, so the last verdict is the in-order one.
            if (bin != through && !startMoved && !_fired.Contains(bin) && !_late.Touched(_test, bin, start ?? bin) && CannotFire(bin))
                continue;
            if (Close(bin, watchedSeries, pool, rejudging: true, withdrawn) is { } fired)
                found.Add(fired);
        }

        _late.Clear();
    }

    // The recorded expectation is a float: the margin keeps the check on the safe side of the ratio gate.
    private bool CannotFire(long bin)
    {
        lock (_counter)
        {
            var count = _counter.CountAt(bin);
            return count < _minFloor || (_counter.ExpectedAt(bin) is { } expected && count < _minRatio * expected * (1 - 1e-5));
        }
    }
}
