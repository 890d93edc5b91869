namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// Bins that left a target's window, and their buffers, kept for the next bins: one bin per target and hour with posts
/// would otherwise be allocated and, living three days, promoted to the oldest generation before it dies. Bounded, so
/// a busy spell leaves little behind. Used only from the ingest loop (Observe and Advance), so not thread-safe.
/// </summary>
internal sealed class BinActivityPool(TimeSpan binSize)
{
    /// <summary>The first buffer of post times a bin gets; it doubles up to <see cref="BinActivity.MaxTimes"/>.</summary>
    public const int SmallestTimes = 4;

    private const int MaxKept = 65_536;

    private readonly Stack<BinActivity> _free = new();

    // Time buffers by size: 4, 8, 16, 32.
    private readonly Stack<long[]>[] _times = [new(), new(), new(), new()];
    private readonly Stack<(int[] Counts, long[] FirstTicks)> _slots = new();

    public BinActivity Rent(long bin)
    {
        var start = new DateTimeOffset(bin * binSize.Ticks, TimeSpan.Zero);
        if (!_free.TryPop(out var activity))
            return new BinActivity(start, binSize, this);
        activity.Reset(start);
        return activity;
    }

    public void Return(BinActivity activity)
    {
        // Emptied now, not when rented: an idle bin must not keep old posts' accounts (or buffers) to itself.
        activity.Reset(DateTimeOffset.MinValue);
        if (_free.Count < MaxKept)
            _free.Push(activity);
    }

    public long[] RentTimes(int size) => Times(size) is { } free && free.TryPop(out var times) ? times : new long[size];

    public void ReturnTimes(long[] times)
    {
        if (Times(times.Length) is { Count: < MaxKept } free)
            free.Push(times);
    }

    public (int[] Counts, long[] FirstTicks) RentSlots() =>
        _slots.TryPop(out var slots) ? slots : (new int[BinActivity.Slots], new long[BinActivity.Slots]);

    public void ReturnSlots(int[] counts, long[] firstTicks)
    {
        if (_slots.Count >= MaxKept)
            return;
        Array.Clear(counts);
        _slots.Push((counts, firstTicks));
    }

    private Stack<long[]>? Times(int size) => size switch
    {
        4 => _times[0],
        8 => _times[1],
        16 => _times[2],
        32 => _times[3],
        _ => null,
    };
}
