namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// The unlabelled posts of one bin as <see cref="SlotRecord"/>s, one per sub-slot that has any, in sub-slot order:
/// posts per sub-slot and the first one's exact time, which is all "when did the others rise" reads
/// (<see cref="WaveRoles"/>), in 6 bytes a sub-slot instead of 8 bytes a post. A sub-slot with more posts than a record
/// counts takes another record; readers add them up.
/// </summary>
internal static class SlotRecords
{
    // Offsets within a sub-slot fit 35 bits for bins up to a day (the longest the options allow).
    private const long MaxOffsetInSlot = (1L << 35) - 1;

    /// <summary>The sub-slot a post <paramref name="offset"/> ticks after the bin start falls in, clamped to the bin.</summary>
    public static int SlotOf(long offset, long binTicks) =>
        (int)(Math.Clamp(offset, 0, binTicks - 1) * BinActivity.Slots / binTicks);

    /// <summary>Where sub-slot <paramref name="slot"/> starts, in ticks after the bin start (the first offset <see cref="SlotOf"/> puts in it).</summary>
    public static long SlotStart(int slot, long binTicks) => ((slot * binTicks) + BinActivity.Slots - 1) / BinActivity.Slots;

    /// <summary>
    /// Counts a post <paramref name="offset"/> ticks after the bin start into a bin's records: the index of the record
    /// it went into (<paramref name="added"/> false), or where the caller must insert <see cref="New"/> (true).
    /// </summary>
    public static int Count(Span<SlotRecord> records, long offset, int slot, long binTicks, out bool added)
    {
        // Posts mostly come in time order: the last record's sub-slot or a later one, found at once.
        var i = records.Length;
        while (i > 0)
        {
            var record = records[i - 1];
            if (record.Slot < slot)
                break;
            if (record.Slot == slot && record.Count < SlotRecord.MaxCount)
            {
                var first = Math.Min(record.OffsetInSlot, InSlot(offset, slot, binTicks));
                records[i - 1] = new SlotRecord(slot, first, record.Count + 1);
                added = false;
                return i - 1;
            }

            i--;
        }

        added = true;
        return i;
    }

    /// <summary>The record of a sub-slot's first post.</summary>
    public static SlotRecord New(long offset, int slot, long binTicks) => new(slot, InSlot(offset, slot, binTicks), 1);

    /// <summary>Adds up a bin's records into per-slot counts and first offsets from the bin start (where the count is not 0).</summary>
    public static void Spread(ReadOnlySpan<SlotRecord> records, long binTicks, Span<int> counts, Span<long> firsts)
    {
        counts.Clear();
        firsts.Fill(long.MaxValue);
        foreach (var record in records)
        {
            counts[record.Slot] += record.Count;
            firsts[record.Slot] = Math.Min(firsts[record.Slot], SlotStart(record.Slot, binTicks) + record.OffsetInSlot);
        }
    }

    // The detector's posts lie in their bin (it comes from their time), so this only guards the format.
    private static long InSlot(long offset, int slot, long binTicks) =>
        Math.Clamp(offset - SlotStart(slot, binTicks), 0, MaxOffsetInSlot);
}
