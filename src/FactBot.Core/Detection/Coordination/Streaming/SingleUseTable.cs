namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// The objects one account used so far (most captions and sound+hashtag sets): 16 bytes an object (id, account,
/// minute of last use), where a dictionary would take about 45 bytes an entry with its slack. It holds millions of
/// entries, so it is split into shards by the id's top bits: each shard's arrays stay small (under the large-object
/// threshold at a few million entries), so growing never copies the whole table nor leaves large free blocks behind,
/// and the garbage collector never has to run a full collection because large arrays were allocated.
/// </summary>
internal sealed class SingleUseTable
{
    public const int ShardBits = 9;

    // A slot is the shard's number above its index in the shard.
    private const int IndexBits = 22;
    private const int MaxShardCapacity = 1 << IndexBits;

    private readonly SingleUseShard[] _shards = CreateShards();

    public int Count { get; private set; }

    /// <summary>Bytes held by the shards' arrays.</summary>
    public long Bytes => _shards.Sum(shard => shard.Capacity * 16L);

    /// <summary>The slot holding the object, or -1.</summary>
    public int Find(ulong id)
    {
        id = Stored(id);
        var shard = ShardOf(id);
        var slot = _shards[shard].Find(id);
        return slot < 0 ? -1 : (shard << IndexBits) | slot;
    }

    public int AccountAt(int slot) => _shards[slot >> IndexBits].AccountAt(slot & (MaxShardCapacity - 1));

    public int MinuteAt(int slot) => _shards[slot >> IndexBits].MinuteAt(slot & (MaxShardCapacity - 1));

    public void Touch(int slot, int minute) => _shards[slot >> IndexBits].Touch(slot & (MaxShardCapacity - 1), minute);

    public void Add(ulong id, int account, int minute)
    {
        id = Stored(id);
        _shards[ShardOf(id)].Add(id, account, minute, MaxShardCapacity);
        Count++;
    }

    public void RemoveAt(int slot)
    {
        _shards[slot >> IndexBits].RemoveAt(slot & (MaxShardCapacity - 1));
        Count--;
    }

    /// <summary>Keeps only entries used at or after <paramref name="cutoffMinute"/>.</summary>
    public void Sweep(int cutoffMinute)
    {
        var count = 0;
        foreach (var shard in _shards)
        {
            shard.Sweep(cutoffMinute);
            count += shard.Count;
        }

        Count = count;
    }

    // 0 marks an empty slot, so id 0 is stored as 1 (the hash of ids makes either about as likely as any other).
    private static ulong Stored(ulong id) => id == 0 ? 1 : id;

    private static int ShardOf(ulong id) => (int)(id >> (64 - ShardBits));

    private static SingleUseShard[] CreateShards()
    {
        var shards = new SingleUseShard[1 << ShardBits];
        for (var i = 0; i < shards.Length; i++)
            shards[i] = new SingleUseShard();
        return shards;
    }
}
