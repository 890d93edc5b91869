using System.Runtime.InteropServices;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// One sub-slot's unlabelled posts in one bin, in 6 bytes: the sub-slot, how many posts (up to 255; more take
/// another record) and the first one's time to the tick, as its offset from the sub-slot's start (35 bits: a sub-slot
/// of a day-long bin is 48 minutes, 2^34.7 ticks). See <see cref="SlotRecords"/>.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 2)]
internal readonly struct SlotRecord
{
    /// <summary>Posts one record counts.</summary>
    public const int MaxCount = byte.MaxValue;

    // Low 32 bits of the offset.
    private readonly uint _low;

    // Sub-slot (5 bits), the offset's high 3 bits, count (8 bits).
    private readonly ushort _high;

    public SlotRecord(int slot, long offsetInSlot, int count)
    {
        _low = (uint)offsetInSlot;
        _high = (ushort)((slot << 11) | (int)((offsetInSlot >> 32) << 8) | count);
    }

    public int Slot => _high >> 11;

    public int Count => _high & 0xFF;

    public long OffsetInSlot => ((long)((_high >> 8) & 0x7) << 32) | _low;
}
