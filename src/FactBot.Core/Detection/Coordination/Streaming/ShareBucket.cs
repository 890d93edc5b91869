namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// The shares of one time slice: an open-addressing multimap (linear probing) from a 32-bit object key to post ids,
/// 8 bytes an entry. 32 bits are enough here: a key is only compared with the few entries of its own probe run in a
/// slice of thousands, so a false match (two unrelated posts paired) is about one in a billion lookups.
/// </summary>
internal sealed class ShareBucket
{
    private uint[] _keys;
    private int[] _posts; // post id + 1; 0 marks an empty slot

    public ShareBucket(int capacity)
    {
        _keys = new uint[capacity];
        _posts = new int[capacity];
    }

    public int Count { get; private set; }

    public int Capacity => _keys.Length;

    public void Add(uint key, int post)
    {
        if ((Count + 1) * 5L > _keys.Length * 4L)
            Grow();
        Insert(key, post + 1);
        Count++;
    }

    /// <summary>Appends every post stored under <paramref name="key"/>.</summary>
    public void Find(uint key, List<int> found)
    {
        var keys = _keys;
        var posts = _posts;
        var slot = Home(key, keys.Length);
        while (posts[slot] != 0)
        {
            if (keys[slot] == key)
                found.Add(posts[slot] - 1);
            if (++slot == keys.Length)
                slot = 0;
        }
    }

    /// <summary>Empties the bucket for reuse, with at least <paramref name="capacity"/> slots.</summary>
    public ShareBucket Reset(int capacity)
    {
        if (_keys.Length < capacity)
        {
            _keys = new uint[capacity];
            _posts = new int[capacity];
        }
        else
            Array.Clear(_posts);
        Count = 0;
        return this;
    }

    private void Insert(uint key, int storedPost)
    {
        var slot = Home(key, _keys.Length);
        while (_posts[slot] != 0)
        {
            if (++slot == _keys.Length)
                slot = 0;
        }

        _keys[slot] = key;
        _posts[slot] = storedPost;
    }

    private void Grow()
    {
        var keys = _keys;
        var posts = _posts;
        _keys = new uint[keys.Length * 2];
        _posts = new int[keys.Length * 2];
        for (var i = 0; i < keys.Length; i++)
        {
            if (posts[i] != 0)
                Insert(keys[i], posts[i]);
        }
    }

    // Multiply-shift onto the table size: no power-of-two rounding, so the table can be sized to its traffic.
    private static int Home(uint key, int capacity) => (int)(((ulong)key * (ulong)capacity) >> 32);
}
