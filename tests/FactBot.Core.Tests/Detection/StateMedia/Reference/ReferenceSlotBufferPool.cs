using FactBot.Core.Detection;
using FactBot.Core.Detection.StateMedia;

namespace FactBot.Core.Tests.Detection.StateMedia.Reference;

/// <summary>
/// <b>Frozen copy of the implementation before the compact window (commit a05664d), kept as the oracle the new one is
/// compared with.</b>
/// The buffers of bins that left a target's window, kept for the next bins: fresh ones would live three days and be
/// promoted to the oldest GC generation before they die. Bounded, so a busy spell leaves little behind. Used only
/// from the ingest loop (Observe and Advance), so not thread-safe.
/// </summary>
internal sealed class ReferenceSlotBufferPool
{
    /// <summary>The first buffer of post times a bin gets; it doubles up to <see cref="ReferenceUnlabelledTimes.MaxTimes"/>.</summary>
    public const int SmallestTimes = 4;

    // Idle buffers kept per size: a few megabytes at most once a busy spell is over.
    private const int MaxKept = 16_384;

    // Time buffers by size: 4, 8, 16, 32.
    private readonly Stack<long[]>[] _times = [new(), new(), new(), new()];
    private readonly Stack<long[]> _slots = new();

    public long[] RentTimes(int size) => Times(size) is { } free && free.TryPop(out var times) ? times : new long[size];

    public void ReturnTimes(long[] times)
    {
        if (Times(times.Length) is { Count: < MaxKept } free)
            free.Push(times);
    }

    /// <summary>Per-slot counts and first times of one bin, all zero.</summary>
    public long[] RentSlots() => _slots.TryPop(out var slots) ? slots : new long[2 * ReferenceBinActivity.Slots];

    public void ReturnSlots(long[] slots)
    {
        if (_slots.Count >= MaxKept)
            return;
        Array.Clear(slots);
        _slots.Push(slots);
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
