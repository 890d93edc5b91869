namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// Bins that left a target's window, kept for the next bins: one per target and hour with posts would otherwise be
/// allocated and, living three days, promoted to the oldest generation before it dies. Bounded, so a busy spell
/// leaves little behind. Used only from the ingest loop (Observe and Advance), so not thread-safe.
/// </summary>
internal sealed class BinActivityPool(TimeSpan binSize)
{
    private const int MaxKept = 65_536;

    private readonly Stack<BinActivity> _free = new();

    public BinActivity Rent(long bin)
    {
        var start = new DateTimeOffset(bin * binSize.Ticks, TimeSpan.Zero);
        if (!_free.TryPop(out var activity))
            return new BinActivity(start, binSize);
        activity.Reset(start);
        return activity;
    }

    public void Return(BinActivity activity)
    {
        if (_free.Count >= MaxKept)
            return;

        // Emptied now, not when rented: an idle bin must not keep old posts' accounts alive.
        activity.Reset(DateTimeOffset.MinValue);
        _free.Push(activity);
    }
}
