namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// Which posts carried which object, by time slice: the index a new post searches for earlier (or, when late, later)
/// shares of its objects within the time window. Slices are at least twice the window wide, so a window touches at
/// most two; a whole slice is dropped once it is older than the lookback, so expiry costs nothing per share. A new
/// slice is sized from the last one, so tables end up about three-quarters full without rehashing.
/// </summary>
internal sealed class ShareIndex(TimeSpan window)
{
    private const int MinCapacity = 256;
    private readonly long _width = Math.Max(2 * window.Ticks, TimeSpan.FromMinutes(1).Ticks);
    private readonly Dictionary<long, ShareBucket> _buckets = [];
    private readonly PriorityQueue<long, long> _order = new();
    private readonly Stack<ShareBucket> _spare = new();
    private int _recentCount = MinCapacity;
    private long _lastSlice = long.MinValue;
    private ShareBucket? _last;

    /// <summary>Shares held (one per post and object).</summary>
    public long Entries { get; private set; }

    /// <summary>Bytes held by the slices' tables.</summary>
    public long Bytes => _buckets.Values.Sum(b => (long)b.Capacity * 8);

    public void Add(ulong objectId, int post, long ticks)
    {
        var slice = ticks / _width;
        if (slice == _lastSlice && _last is not null)
        {
            _last.Add(Key(objectId), post);
            Entries++;
            return;
        }

        if (!_buckets.TryGetValue(slice, out var bucket))
        {
            if (_buckets.TryGetValue(slice - 1, out var previous))
                _recentCount = previous.Count;
            var capacity = Math.Max(MinCapacity, _recentCount * 4 / 3);
            bucket = _spare.TryPop(out var spare) ? spare.Reset(capacity) : new ShareBucket(capacity);
            _buckets[slice] = bucket;
            _order.Enqueue(slice, slice);
        }

        bucket.Add(Key(objectId), post);
        Entries++;
        (_lastSlice, _last) = (slice, bucket);
    }

    /// <summary>The slices overlapping [from, to] (at most two when the range is one window wide), for <see cref="Find(ulong, List{ShareBucket}, List{int})"/>.</summary>
    public void Slices(long fromTicks, long toTicks, List<ShareBucket> slices)
    {
        slices.Clear();
        for (var slice = fromTicks / _width; slice <= toTicks / _width; slice++)
        {
            if (_buckets.TryGetValue(slice, out var bucket))
                slices.Add(bucket);
        }
    }

    /// <summary>Appends the posts that carried the object in the given slices; callers check exact times.</summary>
    public static void Find(ulong objectId, List<ShareBucket> slices, List<int> found)
    {
        var key = Key(objectId);
        foreach (var bucket in slices)
            bucket.Find(key, found);
    }

    /// <summary>Appends the posts that carried the object in the slices overlapping [from, to]; callers check exact times.</summary>
    public void Find(ulong objectId, long fromTicks, long toTicks, List<int> found)
    {
        var key = Key(objectId);
        for (var slice = fromTicks / _width; slice <= toTicks / _width; slice++)
        {
            if (_buckets.TryGetValue(slice, out var bucket))
                bucket.Find(key, found);
        }
    }

    /// <summary>Drops the slices that end at or before <paramref name="cutoffTicks"/>.</summary>
    public void DropBefore(long cutoffTicks)
    {
        while (_order.TryPeek(out var slice, out _) && (slice + 1) * _width <= cutoffTicks)
        {
            _order.Dequeue();
            if (!_buckets.Remove(slice, out var bucket))
                continue;
            Entries -= bucket.Count;
            if (ReferenceEquals(bucket, _last))
                _last = null;
            if (_spare.Count < 16)
                _spare.Push(bucket);
        }
    }

    private static uint Key(ulong objectId) => (uint)(objectId ^ (objectId >> 32));
}
