using FactBot.Core.Detection.Surge;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;

using FactBot.Core.Detection;
using FactBot.Core.Detection.StateMedia;

namespace FactBot.Core.Tests.Detection.StateMedia.Reference;

/// <summary>
/// <b>Frozen copy of the implementation before the compact window (commit a05664d), kept as the oracle the new one is
/// compared with.</b>
/// One watched target's state: the labelled-post counts for the volume test (a ring sized by the surge test) and the
/// detailed bins of the burst window. Both are bounded, whatever the traffic.
/// </summary>
/// <remarks>
/// The detailed bins are the ones with posts, as structs in bin order in a circular buffer: posts arrive in time order,
/// so the bin looked up is nearly always the newest, and pruning takes the oldest from the front without moving the rest.
/// </remarks>
internal sealed class ReferenceTargetSeries(WatchedTarget watched, SurgeThresholds thresholds, BinnedCounter labelled, TimeSpan binSize, int keepBins, ReferenceSlotBufferPool pool)
{
    // Logical bin i is at _bins[(_first + i) mod length].
    private ReferenceBinCounts[] _bins = [];
    private int _first;
    private int _count;

    public WatchedTarget Watched { get; private set; } = watched;

    /// <summary>The labelled-post test's gates for <see cref="Watched"/>, worked out once rather than every bin.</summary>
    public SurgeThresholds Thresholds { get; private set; } = thresholds;

    public BinnedCounter Labelled => labelled;

    /// <summary>The first bin this target was seen in (posts or evaluation): the burst window starts no earlier.</summary>
    public long? HistoryStart { get; private set; }

    /// <summary>The ingest loop's number for the post last counted here, so a post matching it twice counts once.</summary>
    public long Stamp { get; set; }

    public void Watch(WatchedTarget target, SurgeThresholds gates) => (Watched, Thresholds) = (target, gates);

    public void MarkStart(long bin)
    {
        if (HistoryStart is not { } start || bin < start)
            HistoryStart = bin;
        labelled.MarkStart(bin);
    }

    public void Add(Post post, long bin, bool isLabelled)
    {
        // The labelled counter's history starts where this one's does, so an earlier start is the only news for either.
        if (HistoryStart is not { } start || bin < start)
            MarkStart(bin);
        var index = IndexOf(bin);
        if (index < 0)
            index = Insert(~index, bin);
        _bins[At(index)].Add(post, isLabelled, binSize.Ticks, pool);
        if (isLabelled)
            labelled.Add(bin);
    }

    /// <summary>The bin's activity (sharing this window's buffers: use it before the window moves on).</summary>
    public ReferenceBinActivity At(long bin)
    {
        var start = new DateTimeOffset(bin * binSize.Ticks, TimeSpan.Zero);
        var index = IndexOf(bin);
        return index >= 0 ? new ReferenceBinActivity(start, binSize, _bins[At(index)]) : new ReferenceBinActivity(start, binSize);
    }

    public int LabelledAt(long bin)
    {
        var index = IndexOf(bin);
        return index >= 0 ? _bins[At(index)].Labelled : 0;
    }

    public int TotalAt(long bin)
    {
        var index = IndexOf(bin);
        return index >= 0 ? _bins[At(index)].Total : 0;
    }

    /// <summary>Drops detailed bins that fell out of the window ending at <paramref name="bin"/>.</summary>
    public void Prune(long bin)
    {
        var oldest = bin - keepBins;
        while (_count > 0 && _bins[_first].Bin < oldest)
        {
            _bins[_first].Release(pool);
            _bins[_first] = default;
            _first = _first + 1 == _bins.Length ? 0 : _first + 1;
            _count--;
        }
    }

    // The bin's index, or the complement of where it would go (as Array.BinarySearch). The newest two are tried first.
    private int IndexOf(long bin)
    {
        var last = _count - 1;
        if (last < 0 || bin > _bins[At(last)].Bin)
            return ~_count;
        if (bin == _bins[At(last)].Bin)
            return last;
        if (last > 0 && bin == _bins[At(last - 1)].Bin)
            return last - 1;

        var (low, high) = (0, last);
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var at = _bins[At(mid)].Bin;
            if (at == bin)
                return mid;
            if (at < bin)
                low = mid + 1;
            else
                high = mid - 1;
        }

        return ~low;
    }

    private int Insert(int index, long bin)
    {
        if (_count == _bins.Length)
            Grow();

        // A bin older than the newest (a late post) shifts the later ones up by one; the usual new bin goes at the end.
        for (var i = _count; i > index; i--)
            _bins[At(i)] = _bins[At(i - 1)];
        _bins[At(index)] = new ReferenceBinCounts { Bin = bin };
        _count++;
        return index;
    }

    private int At(int index)
    {
        var slot = _first + index;
        return slot >= _bins.Length ? slot - _bins.Length : slot;
    }

    // Doubling, but not past the window (plus the open bins): a full window is the steady state.
    private void Grow()
    {
        var window = keepBins + 4;
        var size = _count < window ? Math.Min(window, Math.Max(4, _count * 2)) : _count * 2;
        var bins = new ReferenceBinCounts[size];
        for (var i = 0; i < _count; i++)
            bins[i] = _bins[At(i)];
        (_bins, _first) = (bins, 0);
    }
}
