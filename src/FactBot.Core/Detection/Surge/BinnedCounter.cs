namespace FactBot.Core.Detection.Surge;

/// <summary>
/// Post counts of one series per absolute bin, in a ring buffer of fixed size (so memory is bounded whatever
/// the traffic), with the expected count recorded for each evaluated bin (for the dispersion pool and charts).
/// Bins never written read as zero, so gaps need no filling. Holds bins (Head - Capacity, Head].
/// Not thread-safe: the owner serialises access.
/// </summary>
internal sealed class BinnedCounter
{
    // Per-bin expectation tags: which baseline produced it (a BaselineKind), 0 = not evaluated; two bits each (RingTags).
    private const byte NotEvaluated = 0;
    private const byte Insufficient = 3;

    private RingCounts _counts;
    private float[] _expected;
    private RingTags _kinds;
    private long _head = long.MinValue;

    // The head's slot, so slots of held bins come from a subtraction instead of a 64-bit division (every read and
    // write of every series each bin).
    private int _headSlot;

    // No bin after this one holds a post (an upper bound: counts only grow until the ring clears them). Most series are
    // quiet most of the time, and this lets their reads skip the arrays.
    private long _lastCounted = long.MinValue;

    public BinnedCounter(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 2);
        _counts = new RingCounts(capacity);
        _expected = new float[capacity];
        _kinds = new RingTags(capacity);
    }

    public int Capacity => _expected.Length;

    /// <summary>Whether some count outgrew a byte, so the ring keeps ints (for tests of the memory kept).</summary>
    internal bool WideCounts => _counts.Wide;

    /// <summary>The newest bin held, or null while empty.</summary>
    public long? Head => _head == long.MinValue ? null : _head;

    /// <summary>The first bin of this series' history (its first post, or when it was first evaluated).</summary>
    public long? HistoryStart { get; private set; }

    /// <summary>Whether <paramref name="bin"/> is inside the ring (older bins are forgotten).</summary>
    public bool Holds(long bin) => _head != long.MinValue && bin <= _head && bin > _head - Capacity;

    /// <summary>Counts <paramref name="amount"/> posts into a bin. False when the bin is older than the ring holds.</summary>
    public bool Add(long bin, int amount = 1)
    {
        if (!MoveHeadTo(bin))
            return false;
        MarkStart(bin);
        var slot = Slot(bin);
        if (_counts.Add(slot, amount) != 0)
            _lastCounted = Math.Max(_lastCounted, bin);
        return true;
    }

    public int CountAt(long bin) => bin <= _lastCounted && Holds(bin) ? _counts[Slot(bin)] : 0;

    /// <summary>
    /// Fills <paramref name="counts"/>[i] with <see cref="CountAt"/>(<paramref name="first"/> + i·<paramref name="step"/>):
    /// the baseline's reads, stepping through the ring instead of dividing for every bin.
    /// </summary>
    public void CopyCounts(long first, int step, Span<int> counts)
    {
        if (counts.IsEmpty)
            return;
        var lowest = step >= 0 ? first : first + ((long)step * (counts.Length - 1));
        if (_head == long.MinValue || lowest > _lastCounted)
        {
            counts.Clear();
            return;
        }

        var oldest = _head - Capacity + 1;
        var slot = first <= _head && first >= oldest ? Slot(first) : Modulo(first);
        var stride = (int)(((step % (long)Capacity) + Capacity) % Capacity);
        var bin = first;
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = bin <= _head && bin >= oldest ? _counts[slot] : 0;
            bin += step;
            slot += stride;
            if (slot >= Capacity)
                slot -= Capacity;
        }
    }

    /// <summary>Moves the start of history back to <paramref name="bin"/> if it is earlier.</summary>
    public void MarkStart(long bin)
    {
        if (HistoryStart is not { } start || bin < start)
            HistoryStart = bin;
    }

    /// <summary>Stores the expectation a bin was judged against. A null kind means "too little history to judge".</summary>
    public void RecordExpected(long bin, double expected, BaselineKind? kind)
    {
        if (!MoveHeadTo(bin))
            return;
        var slot = Slot(bin);
        _expected[slot] = (float)expected;
        _kinds[slot] = kind is { } k ? (byte)k : Insufficient;
    }

    /// <summary>The expectation recorded for a bin, or null if it was not evaluated (or is no longer held).</summary>
    public double? ExpectedAt(long bin) =>
        Holds(bin) && _kinds[Slot(bin)] != NotEvaluated ? _expected[Slot(bin)] : null;

    /// <summary>The baseline behind a bin's recorded expectation, or null if none usable was recorded.</summary>
    public BaselineKind? KindAt(long bin)
    {
        if (!Holds(bin))
            return null;
        var kind = _kinds[Slot(bin)];
        return kind is NotEvaluated or Insufficient ? null : (BaselineKind)kind;
    }

    /// <summary>
    /// Sums the judged (count, expected) pairs in [<paramref name="first"/>, <paramref name="last"/>]: those judged
    /// against <paramref name="kind"/>, and all of them. One pass straight over the arrays: it runs for every target
    /// and bin.
    /// </summary>
    public void SumResiduals(long first, long last, BaselineKind kind, out ResidualSums same, out ResidualSums all)
    {
        same = default;
        all = default;
        if (_head == long.MinValue)
            return;
        first = Math.Max(first, _head - Capacity + 1);
        last = Math.Min(last, _head);
        var wanted = (byte)kind;
        var slot = first <= last ? Slot(first) : 0;
        for (var bin = first; bin <= last; bin++)
        {
            var tag = _kinds[slot];
            if (tag is not NotEvaluated and not Insufficient)
            {
                all.Add(_counts[slot], _expected[slot]);
                if (tag == wanted)
                    same.Add(_counts[slot], _expected[slot]);
            }

            if (++slot == Capacity)
                slot = 0;
        }
    }

    /// <summary>
    /// Makes the ring hold <paramref name="capacity"/> bins, keeping every bin it holds. Rare (a series that turns out to
    /// need a longer history: a just-watched target's backfill), so a plain copy.
    /// </summary>
    public void Grow(int capacity)
    {
        if (capacity <= Capacity)
            return;
        var (counts, expected, kinds) = (new RingCounts(capacity), new float[capacity], new RingTags(capacity));
        if (_head != long.MinValue)
        {
            for (var bin = _head - Capacity + 1; bin <= _head; bin++)
            {
                var (from, to) = (Slot(bin), Modulo(bin, capacity));
                counts.Add(to, _counts[from]);
                expected[to] = _expected[from];
                kinds[to] = _kinds[from];
            }

            _headSlot = Modulo(_head, capacity);
        }

        (_counts, _expected, _kinds) = (counts, expected, kinds);
    }

    // The slot of a held bin (one in (head − capacity, head]).
    private int Slot(long bin)
    {
        var slot = _headSlot - (int)(_head - bin);
        return slot < 0 ? slot + Capacity : slot;
    }

    private int Modulo(long bin) => Modulo(bin, Capacity);

    private static int Modulo(long bin, int capacity)
    {
        var slot = (int)(bin % capacity);
        return slot < 0 ? slot + capacity : slot;
    }

    // Advancing the head clears the slots it passes, so a gap reads as zeros and stale bins never reappear.
    private bool MoveHeadTo(long bin)
    {
        if (_head == long.MinValue)
        {
            (_head, _headSlot) = (bin, Modulo(bin));
            return true;
        }

        if (bin <= _head)
            return bin > _head - Capacity;

        var steps = Math.Min(bin - _head, Capacity);
        var first = bin - steps + 1;
        var slot = first - _head < Capacity ? _headSlot + (int)(first - _head) : Modulo(first);
        if (slot >= Capacity)
            slot -= Capacity;
        // The slots about to be reused hold bins of the ring, (head − capacity, head]: when nothing in it was counted,
        // their counts are zero already.
        var countsStale = _lastCounted > _head - Capacity;
        for (var b = first; b <= bin; b++)
        {
            if (countsStale)
                _counts.Clear(slot);
            _expected[slot] = 0;
            _kinds[slot] = NotEvaluated;
            _headSlot = slot;
            if (++slot == Capacity)
                slot = 0;
        }

        _head = bin;
        return true;
    }
}
