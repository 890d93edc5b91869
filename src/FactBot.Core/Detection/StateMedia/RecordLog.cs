namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// One target's <see cref="SlotRecord"/>s for all the bins of its window in one array, bin after bin in bin order (the
/// owner knows how many each bin has): no buffer, header or slack per bin. Posts come in time order, so records are
/// nearly always added to the newest bin at the end, and the oldest bins leave from the front; a late post moves only
/// the records of the bins after its own. Indexes are relative to the first live record.
/// A mutable struct kept in a field of its owner.
/// </summary>
internal struct RecordLog
{
    private const int Smallest = 4;

    private SlotRecord[] _records;
    private int _start;
    private int _end;

    public RecordLog() => _records = [];

    /// <summary>Live records.</summary>
    public readonly int Count => _end - _start;

    /// <summary>Array length, for tests of the memory kept.</summary>
    public readonly int Capacity => _records.Length;

    public readonly ReadOnlySpan<SlotRecord> Slice(int from, int length) => _records.AsSpan(_start + from, length);

    /// <summary>
    /// Counts a post <paramref name="offset"/> ticks after its bin's start into the bin whose records are
    /// [<paramref name="from"/>, +<paramref name="length"/>); returns whether it took a new record.
    /// </summary>
    public bool Add(int from, int length, long offset, long binTicks)
    {
        var slot = SlotRecords.SlotOf(offset, binTicks);
        var at = SlotRecords.Count(_records.AsSpan(_start + from, length), offset, slot, binTicks, out var added);
        if (added)
            Insert(from + at, SlotRecords.New(offset, slot, binTicks));
        return added;
    }

    /// <summary>Drops the first <paramref name="length"/> records (the oldest bin's).</summary>
    public void RemoveFirst(int length)
    {
        _start += length;
        if (_start == _end)
            (_start, _end) = (0, 0);
        ShrinkIfSparse();
    }

    /// <summary>Drops the records [<paramref name="from"/>, +<paramref name="length"/>) (a bin's), closing the gap.</summary>
    public void Remove(int from, int length)
    {
        if (length == 0)
            return;
        var at = _start + from;
        Array.Copy(_records, at + length, _records, at, _end - at - length);
        _end -= length;
        ShrinkIfSparse();
    }

    private void Insert(int index, SlotRecord record)
    {
        if (_end == _records.Length)
            MakeRoom();
        var at = _start + index;
        if (at < _end)
            Array.Copy(_records, at, _records, at + 1, _end - at);
        _records[at] = record;
        _end++;
    }

    // Full at the end: slide the records to the front if that frees a sixteenth, else grow by an eighth. A window
    // holds about the same number of records from hour to hour, so the array settles a little above it; sliding copies
    // the window about once per sixteenth of it added (a few times a day for a busy target), which costs next to nothing.
    private void MakeRoom()
    {
        var live = Count;
        if (live + 1 <= _records.Length - (_records.Length / 16))
            Resize(_records.Length);
        else
            Resize(_records.Length + Math.Max(Smallest, _records.Length / 8));
    }

    // A window that thinned out (a target gone quiet) gives most of its array back.
    private void ShrinkIfSparse()
    {
        if (_records.Length > 4 * Smallest && Count < _records.Length / 2)
            Resize(Count + Math.Max(Smallest, Count / 8));
    }

    private void Resize(int length)
    {
        var live = Count;
        var records = length == _records.Length ? _records : new SlotRecord[length];
        Array.Copy(_records, _start, records, 0, live);
        (_records, _start, _end) = (records, 0, live);
    }
}
