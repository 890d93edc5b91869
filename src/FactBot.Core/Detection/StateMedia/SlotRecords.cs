namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// The unlabelled posts of one bin as records, one per sub-slot that has any, each a <see cref="long"/>: the earliest
/// post's offset from the bin start in ticks (signed, high 41 bits), the sub-slot (5 bits) and the number of posts
/// (18 bits). That is all "when did the others rise" reads (<see cref="WaveRoles"/>: posts per sub-slot and the first
/// one's exact time), in 8 bytes a sub-slot instead of 8 bytes a post. A bin's records are kept in sub-slot order.
/// </summary>
/// <remarks>
/// A sub-slot with more posts than a record counts (262,143) takes a second record; readers add them up. Offsets
/// reach ±12 days, far beyond any bin (a day at most), so every post of a bin is stored to the tick.
/// </remarks>
internal static class SlotRecords
{
    private const int CountBits = 18;
    private const int SlotBits = 5;
    private const int OffsetShift = CountBits + SlotBits;
    private const long MaxCount = (1L << CountBits) - 1;
    private const long MaxOffset = (1L << (63 - OffsetShift)) - 1;

    /// <summary>The sub-slot a post <paramref name="offset"/> ticks after the bin start falls in, clamped to the bin.</summary>
    public static int SlotOf(long offset, long binTicks)
    {
        offset = Math.Clamp(offset, 0, binTicks - 1);
        return (int)(offset * BinActivity.Slots / binTicks);
    }

    public static int SlotOfRecord(long record) => (int)((record >> CountBits) & ((1 << SlotBits) - 1));

    public static int CountOf(long record) => (int)(record & MaxCount);

    public static long OffsetOf(long record) => record >> OffsetShift;

    /// <summary>
    /// Counts a post into a bin's records: the index of the record it went into (<paramref name="added"/> false), or
    /// where the caller must insert <see cref="New"/> (<paramref name="added"/> true).
    /// </summary>
    public static int Count(Span<long> records, long offset, int slot, out bool added)
    {
        // Posts mostly come in time order: the last record's sub-slot or a later one, found at once.
        var i = records.Length;
        while (i > 0)
        {
            var record = records[i - 1];
            var at = SlotOfRecord(record);
            if (at < slot)
                break;
            if (at == slot && CountOf(record) < MaxCount)
            {
                records[i - 1] = Pack(Math.Min(OffsetOf(record), offset), slot, CountOf(record) + 1);
                added = false;
                return i - 1;
            }

            i--;
        }

        added = true;
        return i;
    }

    /// <summary>The record of a sub-slot's first post.</summary>
    public static long New(long offset, int slot) => Pack(offset, slot, 1);

    /// <summary>Adds up a bin's records into per-slot counts and first offsets (<see cref="long.MaxValue"/> for none).</summary>
    public static void Spread(ReadOnlySpan<long> records, Span<int> counts, Span<long> firsts)
    {
        counts.Clear();
        firsts.Fill(long.MaxValue);
        foreach (var record in records)
        {
            var slot = SlotOfRecord(record);
            counts[slot] += CountOf(record);
            firsts[slot] = Math.Min(firsts[slot], OffsetOf(record));
        }
    }

    private static long Pack(long offset, int slot, long count) =>
        (Math.Clamp(offset, -MaxOffset - 1, MaxOffset) << OffsetShift) | ((long)slot << CountBits) | count;
}
