using FactBot.Core.Detection;
using FactBot.Core.Detection.StateMedia;

namespace FactBot.Core.Tests.Detection.StateMedia.Reference;

/// <summary>
/// <b>Frozen copy of the implementation before the compact window (commit a05664d), kept as the oracle the new one is
/// compared with.</b>
/// The unlabelled posts of one bin by time, for "when did the others rise": while there are few, each post's time (a
/// pooled buffer, 8 bytes a post) and the sub-slots worked out when asked; past <see cref="MaxTimes"/>, per-slot counts
/// and first times. Both answer the same. A mutable struct kept inside its owner; the owner counts the posts.
/// </summary>
internal struct ReferenceUnlabelledTimes
{
    /// <summary>Unlabelled posts kept as times; one more and the bin keeps per-slot tables instead.</summary>
    public const int MaxTimes = 32;

    private long[]? _times;

    // Per-slot tables in one buffer: counts in [0, Slots), first times in [Slots, 2·Slots).
    private long[]? _slots;

    /// <summary>Adds a post at <paramref name="ticks"/>; <paramref name="held"/> posts were added before it.</summary>
    public void Add(long ticks, int held, long startTicks, long binTicks, ReferenceSlotBufferPool? pool)
    {
        if (_slots is null)
        {
            if (held < MaxTimes)
            {
                if (_times is null || held == _times.Length)
                    GrowTimes(held, pool);
                _times![held] = ticks;
                return;
            }

            ToSlots(held, startTicks, binTicks, pool);
        }

        AddToSlot(_slots!, ticks, startTicks, binTicks);
    }

    public readonly int SlotCount(int slot, int held, long startTicks, long binTicks)
    {
        if (_slots is { } slots)
            return (int)slots[slot];

        var count = 0;
        for (var i = 0; i < held; i++)
        {
            if (SlotOf(_times![i], startTicks, binTicks) == slot)
                count++;
        }

        return count;
    }

    /// <summary>The ticks of the first post in a slot, or null when the slot has none.</summary>
    public readonly long? SlotFirst(int slot, int held, long startTicks, long binTicks)
    {
        if (_slots is { } slots)
            return slots[slot] > 0 ? slots[ReferenceBinActivity.Slots + slot] : null;

        long? first = null;
        for (var i = 0; i < held; i++)
        {
            var ticks = _times![i];
            if (SlotOf(ticks, startTicks, binTicks) == slot && (first is null || ticks < first))
                first = ticks;
        }

        return first;
    }

    /// <summary>Gives the buffers back and empties it.</summary>
    public void Release(ReferenceSlotBufferPool? pool)
    {
        if (_times is { } times)
            pool?.ReturnTimes(times);
        if (_slots is { } slots)
            pool?.ReturnSlots(slots);
        (_times, _slots) = (null, null);
    }

    // (post time − bin start) · slots / bin width, clamped: the slot a post falls in.
    private static int SlotOf(long ticks, long startTicks, long binTicks) =>
        (int)Math.Clamp((ticks - startTicks) * ReferenceBinActivity.Slots / binTicks, 0, ReferenceBinActivity.Slots - 1);

    private static void AddToSlot(long[] slots, long ticks, long startTicks, long binTicks)
    {
        var slot = SlotOf(ticks, startTicks, binTicks);
        if (slots[slot]++ == 0 || ticks < slots[ReferenceBinActivity.Slots + slot])
            slots[ReferenceBinActivity.Slots + slot] = ticks;
    }

    private void GrowTimes(int held, ReferenceSlotBufferPool? pool)
    {
        var size = _times is null ? ReferenceSlotBufferPool.SmallestTimes : _times.Length * 2;
        var grown = pool?.RentTimes(size) ?? new long[size];
        if (_times is { } old)
        {
            old.AsSpan(0, held).CopyTo(grown);
            pool?.ReturnTimes(old);
        }

        _times = grown;
    }

    private void ToSlots(int held, long startTicks, long binTicks, ReferenceSlotBufferPool? pool)
    {
        var slots = pool?.RentSlots() ?? new long[2 * ReferenceBinActivity.Slots];
        for (var i = 0; i < held; i++)
            AddToSlot(slots, _times![i], startTicks, binTicks);
        pool?.ReturnTimes(_times!);
        (_times, _slots) = (null, slots);
    }
}
