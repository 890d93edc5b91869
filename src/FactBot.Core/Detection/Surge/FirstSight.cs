namespace FactBot.Core.Detection.Surge;

/// <summary>
/// When a series received its first post. The bins judged before then were judged blind: nothing had arrived for them
/// yet (a target just watched whose source then brings its history, as the TikTok poller's first look-back does). So
/// for as long as the allowed lateness since that first post, a post for one of those bins is judged however old it is
/// (as far back as <see cref="SurgeOptions.Backfill"/>), not only when it falls within the allowed lateness.
/// </summary>
/// <remarks>Guarded by its owner. A series that received posts before the detector started judging is never blind.</remarks>
internal struct FirstSight
{
    private long _next;
    private bool _seen;

    /// <summary>Records the first post (on the first call) and says whether <paramref name="bin"/> was judged blind.</summary>
    /// <param name="started">Whether the detector has started judging bins.</param>
    /// <param name="next">The next bin the detector will judge.</param>
    /// <param name="lateBins">The allowed lateness in bins: how long after the first post its history may still come.</param>
    /// <param name="backfillBins">How far back before the first post that history is judged.</param>
    public bool Blind(bool started, long next, long bin, int lateBins, int backfillBins)
    {
        if (!_seen)
            (_seen, _next) = (true, started ? next : long.MinValue);
        return bin < _next && next - _next <= lateBins && bin >= _next - backfillBins;
    }

    /// <summary>
    /// Whether a post for <paramref name="bin"/> belongs to the series' backfill: it came within the allowed lateness of
    /// the first post and is older than the allowed lateness (history for the blind bins' baselines, or their own).
    /// </summary>
    public readonly bool Backfilling(long next, long bin, int lateBins) =>
        _seen && _next != long.MinValue && next - _next <= lateBins && bin < next - lateBins;
}
