namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// A target's window bins with posts, as <see cref="BinCounts"/> in bin order in a circular buffer: posts arrive in
/// time order, so the bin looked up is nearly always the newest, and pruning takes the oldest from the front without
/// moving the rest. Bins are stored relative to the first one seen. A mutable struct kept in a field of its owner.
/// </summary>
internal struct BinRing
{
    // Logical bin i is at _bins[(_first + i) mod length].
    private BinCounts[] _bins;
    private int _first;
    private int _count;
    private long _base;

    public BinRing() => (_bins, _base) = ([], long.MinValue);

    public readonly int Count => _count;

    /// <summary>The logical bin <paramref name="index"/> (0 the oldest).</summary>
    public readonly ref BinCounts this[int index] => ref _bins[At(index)];

    public readonly long BinOf(int index) => _base + _bins[At(index)].Bin;

    /// <summary>The bin's index, or the complement of where it would go (as Array.BinarySearch). The newest two are tried first.</summary>
    public readonly int IndexOf(long bin)
    {
        var last = _count - 1;
        if (last < 0 || bin > BinOf(last))
            return ~_count;
        if (bin == BinOf(last))
            return last;
        if (last > 0 && bin == BinOf(last - 1))
            return last - 1;

        var (low, high) = (0, last);
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var at = BinOf(mid);
            if (at == bin)
                return mid;
            if (at < bin)
                low = mid + 1;
            else
                high = mid - 1;
        }

        return ~low;
    }

    /// <summary>Adds an empty bin at <paramref name="index"/> (from <see cref="IndexOf"/>); <paramref name="window"/> bins are the usual most.</summary>
    public int Insert(int index, long bin, int window)
    {
        if (_base == long.MinValue)
            _base = bin;
        if (_count == _bins.Length)
            Resize(_count < window ? Math.Min(window, Math.Max(4, _count + (_count / 2))) : _count * 2);

        // A bin older than the newest (a late post) shifts the later ones up by one; the usual new bin goes at the end.
        for (var i = _count; i > index; i--)
            _bins[At(i)] = _bins[At(i - 1)];
        _bins[At(index)] = new BinCounts { Bin = checked((int)(bin - _base)) };
        _count++;
        return index;
    }

    /// <summary>Drops the oldest bin; when most of the buffer is then unused (a target gone quiet), gives it back.</summary>
    public void RemoveFirst()
    {
        _bins[_first] = default;
        _first = _first + 1 == _bins.Length ? 0 : _first + 1;
        _count--;
        if (_bins.Length > 8 && _count < _bins.Length / 2)
            Resize(Math.Max(4, _count + (_count / 2)));
    }

    private readonly int At(int index)
    {
        var slot = _first + index;
        return slot >= _bins.Length ? slot - _bins.Length : slot;
    }

    private void Resize(int size)
    {
        var bins = new BinCounts[size];
        for (var i = 0; i < _count; i++)
            bins[i] = _bins[At(i)];
        (_bins, _first) = (bins, 0);
    }
}
