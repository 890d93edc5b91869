using System.Globalization;
using System.Text;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// 4,096 consecutive posts of the <see cref="PostTable"/>, as parallel arrays; keys and links are packed as UTF-8 in
/// one growing byte buffer. A TikTok post (numeric id, canonical link) takes no bytes there at all: its id is kept
/// as a number and its link is rebuilt from the handle, 15 bytes a post where two strings would take ~220.
/// </summary>
internal sealed class PostChunk(int expectedBytes)
{
    public const int Size = 4096;

    private const string TikTokUrlStart = "https://www.tiktok.com/@";
    private const string TikTokUrlMiddle = "/video/";
    private const string TikTokKeyStart = "tiktok:";
    private const byte NumericTikTokId = 1;
    private const byte TikTokUrl = 2;

    // A post's bytes (key, then link) start at _start[i] and end where the next post's start (or at _used).
    private readonly int[] _start = new int[Size];
    private readonly ushort[] _keyBytes = new ushort[Size];
    private readonly ulong[] _numericId = new ulong[Size];
    private readonly byte[] _flags = new byte[Size];
    private byte[] _bytes = new byte[expectedBytes];
    private int _used;

    // The matched targets as TargetRegistry ids (post i's from _targetStart[i] to the next post's start): a post's own
    // array of targets would be one more small object per post for the garbage collector to move and keep a day.
    private readonly int[] _targetStart = new int[Size];
    private int[] _targetIds = new int[Size];
    private int _targetsUsed;

    public int Count { get; private set; }

    public long Bytes => (Size * 35L) + _bytes.Length + (_targetIds.Length * 4L);

    public bool IsFull => Count == Size;

    public long MaxTicks { get; private set; } = long.MinValue;

    /// <summary>The bytes its keys and links took: the next chunk's first guess.</summary>
    public int BytesUsed => _used;

    public long[] Ticks { get; } = new long[Size];

    public int[] Accounts { get; } = new int[Size];

    public ulong[] KeyHashes { get; } = new ulong[Size];

    public void Add(PostIdentity identity, int account, string handle, long ticks, string? url, ReadOnlySpan<int> targets, ulong keyHash)
    {
        var i = Count++;
        Ticks[i] = ticks;
        Accounts[i] = account;
        _targetStart[i] = _targetsUsed;
        if (_targetsUsed + targets.Length > _targetIds.Length)
            Array.Resize(ref _targetIds, Math.Max(_targetsUsed + targets.Length, _targetIds.Length * 3 / 2));
        targets.CopyTo(_targetIds.AsSpan(_targetsUsed));
        _targetsUsed += targets.Length;
        KeyHashes[i] = keyHash;
        MaxTicks = Math.Max(MaxTicks, ticks);
        _start[i] = _used;
        _flags[i] = 0;
        if (identity.Platform == "tiktok" && NumericId(identity.Id) is { } number)
        {
            _flags[i] |= NumericTikTokId;
            _numericId[i] = number;
        }
        else
        {
            if (identity.Platform.Length > 0)
            {
                Append(identity.Platform);
                Append(":");
            }

            Append(identity.Id);
        }

        _keyBytes[i] = (ushort)Math.Min(ushort.MaxValue, _used - _start[i]);
        if (IsTikTokUrl(url, handle, identity))
            _flags[i] |= TikTokUrl;
        else if (url is not null)
            Append(url);

        // A full chunk only ages from here: give back the buffer's slack if there is much.
        if (IsFull && _used < _bytes.Length * 9L / 10)
            Array.Resize(ref _bytes, _used);
    }

    /// <summary>Empties a dropped chunk for reuse, so a steady stream allocates no new chunks.</summary>
    public PostChunk Reset()
    {
        Count = 0;
        _used = 0;
        _targetsUsed = 0;
        MaxTicks = long.MinValue;
        return this;
    }

    /// <summary>The post's matched targets, as registry ids.</summary>
    public ReadOnlySpan<int> TargetIds(int i) =>
        _targetIds.AsSpan(_targetStart[i], (i + 1 < Count ? _targetStart[i + 1] : _targetsUsed) - _targetStart[i]);

    public string Key(int i) =>
        (_flags[i] & NumericTikTokId) != 0
            ? TikTokKeyStart + _numericId[i].ToString(CultureInfo.InvariantCulture)
            : Encoding.UTF8.GetString(_bytes, _start[i], _keyBytes[i]);

    /// <param name="i">The post's offset in the chunk.</param>
    /// <param name="handle">The author's handle now (a TikTok link is rebuilt from it).</param>
    public string? Url(int i, string handle)
    {
        if ((_flags[i] & TikTokUrl) != 0)
        {
            var key = Key(i);
            return string.Concat(TikTokUrlStart, handle, TikTokUrlMiddle, key.AsSpan(key.IndexOf(':', StringComparison.Ordinal) + 1));
        }

        var start = _start[i] + _keyBytes[i];
        var end = i + 1 < Count ? _start[i + 1] : _used;
        return end == start ? null : Encoding.UTF8.GetString(_bytes, start, end - start);
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

    // Digits only, no leading zero, within a ulong: the id reads back exactly as it came.
    private static ulong? NumericId(string id) =>
        id.Length is > 0 and <= 19 && (id[0] != '0' || id.Length == 1) && id.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0
            ? ulong.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;

    private void Append(string text)
    {
        var needed = _used + Encoding.UTF8.GetMaxByteCount(text.Length);
        if (needed > _bytes.Length)
            Array.Resize(ref _bytes, Math.Max(needed, _bytes.Length * 5 / 4));
        _used += Encoding.UTF8.GetBytes(text, _bytes.AsSpan(_used));
    }
}
