using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// The posts inside the lookback, compactly, in arrival order: time, account, matched targets, and the post key and
/// link as UTF-8. A post is an <c>int</c> id; ids only grow, and whole chunks of old posts are dropped
/// from the front once every post in them is older than the cutoff, so expiry costs nothing per post.
/// </summary>
internal sealed class PostTable(AccountTable accounts)
{
    private readonly List<PostChunk> _chunks = [];
    private int _firstId;
    private int _nextId;
    private readonly TargetRegistry _targets = new();
    private PostChunk? _spare;

    /// <summary>Bytes held by the chunks (not the target registry: a few hundred bytes a watched target).</summary>
    public long Bytes => _chunks.Sum(chunk => chunk.Bytes);

    public int Add(PostIdentity identity, int account, string handle, long ticks, string? url, IReadOnlyList<WatchedTarget> targets, ulong keyHash)
    {
        if (_chunks.Count == 0 || _chunks[^1].IsFull)
        {
            // Sized from the last chunk, so a chunk's buffer is allocated about once rather than grown.
            var expected = _chunks.Count == 0 ? PostChunk.Size * 96 : _chunks[^1].BytesUsed * 21 / 20;
            _chunks.Add(_spare?.Reset() ?? new PostChunk(expected));
            _spare = null;
        }
        Span<int> ids = targets.Count <= 32 ? stackalloc int[targets.Count] : new int[targets.Count];
        for (var t = 0; t < ids.Length; t++)
            ids[t] = _targets.IdOf(targets[t]);
        _chunks[^1].Add(identity, account, handle, ticks, url, ids, keyHash);
        return _nextId++;
    }

    public bool Holds(int post) => post >= _firstId && post < _nextId;

    public long TicksOf(int post) => Chunk(post).Ticks[Offset(post)];

    public int AccountOf(int post) => Chunk(post).Accounts[Offset(post)];

    public ulong KeyHashOf(int post) => Chunk(post).KeyHashes[Offset(post)];

    /// <summary>Drops the leading chunks whose posts are all older than <paramref name="cutoffTicks"/>.</summary>
    public void DropBefore(long cutoffTicks)
    {
        while (_chunks.Count > 1 && _chunks[0].MaxTicks < cutoffTicks)
        {
            var chunk = _chunks[0];
            _firstId += chunk.Count;
            _chunks.RemoveAt(0);
            _spare = chunk;
        }
    }

    /// <summary>The post as the evidence needs it (allocates: only for posts in announced groups and tests).</summary>
    public SharedPost Materialize(int post)
    {
        var chunk = Chunk(post);
        var i = Offset(post);
        var account = accounts[chunk.Accounts[i]];
        return new SharedPost(
            chunk.Key(i),
            account.Key,
            account.Handle,
            new DateTimeOffset(chunk.Ticks[i], TimeSpan.Zero),
            chunk.Url(i, account.Handle),
            _targets.Resolve(chunk.TargetIds(i)),
            account.Label);
    }

    // Every chunk but the last is full and the first id is 0, so chunks start at multiples of the chunk size.
    private PostChunk Chunk(int post) => _chunks[(post - _firstId) / PostChunk.Size];

    private static int Offset(int post) => post % PostChunk.Size;
}
