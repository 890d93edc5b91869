using FactBot.Core.Detection.Surge;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// One watched target's state: the labelled-post counts for the volume test (a ring sized by the surge test) and the
/// detailed bins of the burst window. Both are bounded, whatever the traffic.
/// </summary>
/// <remarks>
/// <para>The detailed bins are the ones with posts, as 10-byte structs in a <see cref="BinRing"/>. Their unlabelled posts are 6-byte sub-slot records in one log (<see cref="RecordLog"/>), their labelled
/// accounts in <see cref="LabelledPosts"/>.</para>
/// <para>Only the bins a wave can reach need their records (<see cref="WaveRoles"/> reads the wave's bins, nothing
/// before): a wave for bin E starts at the burst run's first bin or the labelled excursion's, both bins with a labelled
/// post (Kleinberg's automaton never enters the burst state on a bin without one: leaving it for the next bin is
/// cheaper or, for an empty bin, as cheap, and ties go to the later entry), or at E − 1, and no earlier than the window
/// start E − window + 1. So when bin E is judged, the bins before min(F − 1, E) give their records up, F being the first
/// bin from the window start with a labelled post: no wave judged from now on reaches them. That is a prefix of the
/// window, taken from the front of the log. It is exact for every labelled post that arrives before its bin is judged;
/// one that comes later than that may find bins after it without records (their sub-slots read as empty).</para>
/// <para>Late posts (within the allowed lateness, <c>lateBins</c> judged bins back) have their bins judged again, so the
/// detail and records of that many more bins are kept.</para>
/// </remarks>
internal sealed class TargetSeries(
    WatchedTarget watched, SurgeThresholds thresholds, BinnedCounter labelled, TimeSpan binSize, int keepBins, LabelledAccounts accounts,
    int lateBins = 0)
{
    private readonly long _binTicks = binSize.Ticks;

    // The burst window, in bins: a wave never starts earlier than this many bins before the bin judged.
    private readonly int _window = keepBins - 1;

    private BinRing _bins = new();
    private RecordLog _records = new();
    private LabelledPosts? _labelledPosts;

    // Bins before this one keep no records (see the remarks).
    private long _recordsFrom = long.MinValue;

    public WatchedTarget Watched { get; private set; } = watched;

    /// <summary>The labelled-post test's gates for <see cref="Watched"/>, worked out once rather than every bin.</summary>
    public SurgeThresholds Thresholds { get; private set; } = thresholds;

    public BinnedCounter Labelled => labelled;

    /// <summary>The first bin this target was seen in (posts or evaluation): the burst window starts no earlier.</summary>
    public long? HistoryStart { get; private set; }

    /// <summary>The ingest loop's number for the post last counted here, so a post matching it twice counts once.</summary>
    public long Stamp { get; set; }

    /// <summary>What late posts changed since the series was last judged again (labelled ones move the baselines).</summary>
    public Surge.LateMarks Late { get; } = new();

    /// <summary>The bins that fired within the allowed lateness, so judging them again on the same numbers is no news.</summary>
    public Surge.FiredBins Fired;

    /// <summary>The history start the series was last judged with.</summary>
    public long? JudgedStart { get; set; }

    /// <summary>Sub-slot records held, for tests of what is kept.</summary>
    internal int RecordCount => _records.Count;

    private Surge.FirstSight _sight;

    /// <summary>Whether <paramref name="bin"/> was judged before this series had any post (see <see cref="Surge.FirstSight"/>).</summary>
    /// <param name="capacity">The labelled ring's size for such a series (its history is judged on whole baselines).</param>
    public bool Blind(bool started, long next, long bin, int lateBins, int backfillBins, int capacity)
    {
        var blind = _sight.Blind(started, next, bin, lateBins, backfillBins);
        if (_sight.Backfilling(next, bin, lateBins))
            labelled.Grow(capacity);
        if (!blind)
            return false;
        // Nothing was recorded before the first post: its history keeps its records, as an in-order run's would.
        if (_bins.Count == 0)
            _recordsFrom = long.MinValue;
        return true;
    }

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
        var index = _bins.IndexOf(bin);
        if (index < 0)
            index = _bins.Insert(~index, bin, keepBins + lateBins + 4);
        ref var counts = ref _bins[index];
        counts.Total++;
        if (isLabelled)
        {
            (_labelledPosts ??= new LabelledPosts()).Add(post, bin, accounts);
            labelled.Add(bin);
        }
        else if (bin >= _recordsFrom)
        {
            var offset = post.CreatedAt.UtcTicks - (bin * _binTicks);
            if (_records.Add(RecordsStart(index), counts.Records, offset, _binTicks))
                counts.Records++;
        }
    }

    /// <summary>The bin's activity, copied out of the window.</summary>
    public BinActivity At(long bin)
    {
        var start = new DateTimeOffset(bin * _binTicks, TimeSpan.Zero);
        var index = _bins.IndexOf(bin);
        if (index < 0)
            return new BinActivity(start, binSize);
        var counts = _bins[index];
        var labelledPosts = LabelledAt(bin);
        var active = labelledPosts > 0 ? _labelledPosts!.In(bin) : [];
        return new BinActivity(start, binSize, counts.Total, labelledPosts, _records.Slice(RecordsStart(index), counts.Records), active);
    }

    public int LabelledAt(long bin) => _labelledPosts?.PostsIn(bin) ?? 0;

    public int TotalAt(long bin)
    {
        var index = _bins.IndexOf(bin);
        return index >= 0 ? _bins[index].Total : 0;
    }

    /// <summary>
    /// Called when <paramref name="bin"/> is judged, before its wave is looked for: drops detailed bins that fell out of
    /// the window ending at it, and the records no wave from now on can reach (see the remarks).
    /// </summary>
    public void Prune(long bin)
    {
        var oldest = bin - keepBins - lateBins;
        while (_bins.Count > 0 && _bins.BinOf(0) < oldest)
        {
            _records.RemoveFirst(_bins[0].Records);
            _bins.RemoveFirst();
        }

        _labelledPosts?.Prune(oldest);
        if (_labelledPosts is { Count: 0 })
            _labelledPosts = null;

        var firstLabelled = _labelledPosts?.FirstBinFrom(bin - _window + 1) ?? long.MaxValue;
        // Bins judged again later read their whole window's records: keep those of the lateness too.
        var recordsFrom = Math.Min(firstLabelled - 1, lateBins == 0 ? bin : bin - lateBins - _window);
        if (recordsFrom <= _recordsFrom)
            return;

        // Bins before the previous mark hold no records already: start at the first one after it.
        var from = _bins.IndexOf(_recordsFrom);
        _recordsFrom = recordsFrom;
        var dropped = 0;
        for (var i = from < 0 ? ~from : from; i < _bins.Count && _bins.BinOf(i) < recordsFrom; i++)
        {
            ref var counts = ref _bins[i];
            (dropped, counts.Records) = (dropped + counts.Records, 0);
        }

        _records.RemoveFirst(dropped);
    }

    // The records of bin i come after those of all bins before it: counted from the end, as the newest is the usual one.
    private int RecordsStart(int index)
    {
        var start = _records.Count;
        for (var i = _bins.Count - 1; i >= index; i--)
            start -= _bins[i].Records;
        return start;
    }
}
