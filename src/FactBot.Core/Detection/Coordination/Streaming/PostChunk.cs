using System.Text;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// 4,096 consecutive posts of the <see cref="PostTable"/>, as parallel arrays; keys and links are packed as UTF-8 in
/// one growing byte buffer (about 90 bytes a TikTok post instead of two strings' ~220).
/// </summary>
internal sealed class PostChunk(int expectedBytes)
{
    public const int Size = 4096;

    private readonly int[] _keyStart = new int[Size];
    private readonly int[] _urlStart = new int[Size];
    private const string TikTokUrlStart = "https://www.tiktok.com/@";
    private const string TikTokUrlMiddle = "/video/";

    private readonly int[] _end = new int[Size];
    private readonly bool[] _tikTokUrl = new bool[Size];
    private byte[] _bytes = new byte[expectedBytes];
    private int _used;

    public int Count { get; private set; }

    public bool IsFull => Count == Size;

    public long MaxTicks { get; private set; } = long.MinValue;

    /// <summary>The bytes its keys and links took: the next chunk's first guess.</summary>
    public int BytesUsed => _used;

    public long[] Ticks { get; } = new long[Size];

    public int[] Accounts { get; } = new int[Size];

    /// <summary>The matched targets as the matcher gave them: one shared array per key for most posts.</summary>
    public IReadOnlyList<WatchedTarget>[] Targets { get; } = new IReadOnlyList<WatchedTarget>[Size];

    public ulong[] KeyHashes { get; } = new ulong[Size];

    public void Add(PostIdentity identity, int account, string handle, long ticks, string? url, IReadOnlyList<WatchedTarget> targets, ulong keyHash)
    {
        var i = Count++;
        Ticks[i] = ticks;
        Accounts[i] = account;
        Targets[i] = targets;
        KeyHashes[i] = keyHash;
        MaxTicks = Math.Max(MaxTicks, ticks);
        _keyStart[i] = _used;
        if (identity.Platform.Length > 0)
        {
            Append(identity.Platform);
            Append(":");
        }

        Append(identity.Id);
        _urlStart[i] = _used;
        _tikTokUrl[i] = IsTikTokUrl(url, handle, identity);
        if (url is not null && !_tikTokUrl[i])
            Append(url);
        _end[i] = _used;

        // A full chunk only ages from here: give back the buffer's slack if there is much.
        if (IsFull && _used < _bytes.Length * 9L / 10)
            Array.Resize(ref _bytes, _used);
    }

    /// <summary>Empties a dropped chunk for reuse, so a steady stream allocates no new chunks.</summary>
    public PostChunk Reset()
    {
        Count = 0;
        _used = 0;
        Array.Clear(Targets);
        MaxTicks = long.MinValue;
        return this;
    }

    public string Key(int i) => Encoding.UTF8.GetString(_bytes, _keyStart[i], _urlStart[i] - _keyStart[i]);

    /// <param name="i">The post's offset in the chunk.</param>
    /// <param name="handle">The author's handle now (a TikTok link is rebuilt from it).</param>
    public string? Url(int i, string handle)
    {
        if (_tikTokUrl[i])
        {
            var key = Key(i);
            return string.Concat(TikTokUrlStart, handle, TikTokUrlMiddle, key.AsSpan(key.IndexOf(':', StringComparison.Ordinal) + 1));
        }

        return _end[i] == _urlStart[i] ? null : Encoding.UTF8.GetString(_bytes, _urlStart[i], _end[i] - _urlStart[i]);
    }

    // Most posts are TikTok videos whose link is https://www.tiktok.com/@handle/video/id: a flag, not 60 bytes.
    private static bool IsTikTokUrl(string? url, string handle, PostIdentity identity)
    {
        if (url is null || identity.Platform != "tiktok")
            return false;
        var rest = url.AsSpan();
        return rest.StartsWith(TikTokUrlStart, StringComparison.Ordinal)
            && rest[TikTokUrlStart.Length..].StartsWith(handle, StringComparison.Ordinal)
            && rest[(TikTokUrlStart.Length + handle.Length)..].StartsWith(TikTokUrlMiddle, StringComparison.Ordinal)
            && rest[(TikTokUrlStart.Length + handle.Length + TikTokUrlMiddle.Length)..].SequenceEqual(identity.Id)
            && !identity.Id.Contains(':', StringComparison.Ordinal);
    }

    private void Append(string text)
    {
        var needed = _used + Encoding.UTF8.GetMaxByteCount(text.Length);
        if (needed > _bytes.Length)
            Array.Resize(ref _bytes, Math.Max(needed, _bytes.Length * 5 / 4));
        _used += Encoding.UTF8.GetBytes(text, _bytes.AsSpan(_used));
    }
}
