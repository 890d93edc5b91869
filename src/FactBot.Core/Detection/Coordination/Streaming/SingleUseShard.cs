namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// One shard of a <see cref="SingleUseTable"/>: an open-addressing table with linear probing over parallel arrays
/// (object id, account, minute of last use). Removal shifts the following run back, so no tombstones accumulate.
/// </summary>
internal sealed class SingleUseShard
{
    private const int MinCapacity = 16;
    private ulong[] _ids = new ulong[MinCapacity]; // 0 marks an empty slot; the table stores id 0 as 1
    private int[] _accounts = new int[MinCapacity];
    private int[] _minutes = new int[MinCapacity];

    public int Count { get; private set; }

    public int Capacity => _ids.Length;

    public int Find(ulong id)
    {
        var slot = Home(id, _ids.Length);
        while (_ids[slot] != 0)
        {
            if (_ids[slot] == id)
                return slot;
            if (++slot == _ids.Length)
                slot = 0;
        }

        return -1;
    }

    public int AccountAt(int slot) => _accounts[slot];

    public int MinuteAt(int slot) => _minutes[slot];

    public void Touch(int slot, int minute) => _minutes[slot] = Math.Max(_minutes[slot], minute);

    public void Add(ulong id, int account, int minute, int maxCapacity)
    {
        // Grown by a quarter, not doubled: the shards together are sized to a day's traffic, and doubling would leave
        // them a third emptier on average. Growing one small shard at a time is cheap.
        if ((Count + 1) * 5L > _ids.Length * 4L)
            Resize((int)Math.Min(maxCapacity, _ids.Length + Math.Max(MinCapacity, _ids.Length / 4)));
        Insert(id, account, minute);
        Count++;
    }

    /// <summary>Removes the entry at <paramref name="slot"/>, moving back later entries of its run that may no longer be reachable.</summary>
    public void RemoveAt(int slot)
    {
        var length = _ids.Length;
        var hole = slot;
        var next = slot;
        while (true)
        {
            if (++next == length)
                next = 0;
            if (_ids[next] == 0)
                break;

            // An entry may fill the hole if its home is not cyclically within (hole, next].
            var home = Home(_ids[next], length);
            var stays = hole <= next ? home > hole && home <= next : home > hole || home <= next;
            if (stays)
                continue;
            _ids[hole] = _ids[next];
            _accounts[hole] = _accounts[next];
            _minutes[hole] = _minutes[next];
            hole = next;
        }

        _ids[hole] = 0;
        Count--;
    }

    /// <summary>
    /// Keeps only entries used at or after <paramref name="cutoffMinute"/>, in place. The pass starts just after an
    /// empty slot, so no probe run crosses its start, and a removal only moves entries not yet visited back into the
    /// slot being looked at, which is then looked at again.
    /// </summary>
    public void Sweep(int cutoffMinute)
    {
        var ids = _ids;
        var minutes = _minutes;
        var length = ids.Length;
        var start = Array.IndexOf(ids, 0UL) + 1;
        var slot = start == length ? 0 : start;
        for (var visited = 0; visited < length;)
        {
            if (ids[slot] != 0 && minutes[slot] < cutoffMinute)
            {
                RemoveAt(slot);
                continue;
            }

            visited++;
            if (++slot == length)
                slot = 0;
        }
    }

    private void Insert(ulong id, int account, int minute)
    {
        var slot = Home(id, _ids.Length);
        while (_ids[slot] != 0)
        {
            if (++slot == _ids.Length)
                slot = 0;
        }

        _ids[slot] = id;
        _accounts[slot] = account;
        _minutes[slot] = minute;
    }

    private void Resize(int capacity)
    {
        var ids = _ids;
        var accounts = _accounts;
        var minutes = _minutes;
        _ids = new ulong[capacity];
        _accounts = new int[capacity];
        _minutes = new int[capacity];
        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i] != 0)
                Insert(ids[i], accounts[i], minutes[i]);
        }
    }

    // The bits below the shard's (the table picks the shard by the top bits, so those are the same for every id here).
    private static int Home(ulong id, int capacity) => (int)(((ulong)(uint)(id >> (64 - SingleUseTable.ShardBits - 32)) * (ulong)capacity) >> 32);
}
