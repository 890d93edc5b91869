using FactBot.Core.Detection.Surge;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// One watched target's state: the labelled-post counts for the volume test (a ring sized by the surge test) and the
/// detailed bins of the burst window. Both are bounded, whatever the traffic.
/// </summary>
internal sealed class TargetSeries(WatchedTarget watched, BinnedCounter labelled, TimeSpan binSize, int keepBins)
{
    private readonly Dictionary<long, BinActivity> _bins = [];

    public WatchedTarget Watched { get; set; } = watched;

    public BinnedCounter Labelled => labelled;

    /// <summary>The first bin this target was seen in (posts or evaluation): the burst window starts no earlier.</summary>
    public long? HistoryStart { get; private set; }

    public void MarkStart(long bin)
    {
        if (HistoryStart is not { } start || bin < start)
            HistoryStart = bin;
        labelled.MarkStart(bin);
    }

    public void Add(Post post, long bin, bool isLabelled)
    {
        MarkStart(bin);
        if (!_bins.TryGetValue(bin, out var activity))
            _bins[bin] = activity = new BinActivity(new DateTimeOffset(bin * binSize.Ticks, TimeSpan.Zero), binSize);
        activity.Add(post, isLabelled);
        if (isLabelled)
            labelled.Add(bin);
    }

    /// <summary>The bin's activity; an empty one for a bin without posts.</summary>
    public BinActivity At(long bin) =>
        _bins.TryGetValue(bin, out var activity) ? activity : new BinActivity(new DateTimeOffset(bin * binSize.Ticks, TimeSpan.Zero), binSize);

    public int LabelledAt(long bin) => _bins.TryGetValue(bin, out var activity) ? activity.Labelled : 0;

    public int TotalAt(long bin) => _bins.TryGetValue(bin, out var activity) ? activity.Total : 0;

    /// <summary>Drops detailed bins that fell out of the window ending at <paramref name="bin"/>.</summary>
    public void Prune(long bin)
    {
        var oldest = bin - keepBins;
        foreach (var key in _bins.Keys.Where(key => key < oldest).ToList())
            _bins.Remove(key);
    }
}
