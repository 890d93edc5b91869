using System.Runtime.InteropServices;
using System.Text;
using FactBot.Core.Posts;

namespace FactBot.Core.Detection.Surge;

/// <summary>
/// Post keys and links copied into one growing byte buffer, each found by where it starts: a header of two
/// variable-length numbers (key length and a "wide" bit; link length + 1, 0 for none), then the characters, one byte
/// each when all are ASCII (ids and URLs nearly always are), else the UTF-16 code units as they are, so every string
/// reads back exactly. A mutable struct kept in a field of its owner, which compacts it (<see cref="CopyFrom"/>).
/// </summary>
internal struct PostText
{
    private byte[] _bytes;
    private int _length;

    public PostText() => _bytes = [];

    /// <summary>Bytes written so far (dropped text included).</summary>
    public readonly int Length => _length;

    /// <summary>Bytes it can hold without growing.</summary>
    public readonly int Capacity => _bytes.Length;

    /// <summary>Empties it, keeping the buffer.</summary>
    public void Clear() => _length = 0;

    /// <summary>Copies the post's key (<c>platform:id</c>) and link; returns where it starts.</summary>
    public int Add(Post post)
    {
        var (platform, id, url) = (post.Platform, post.PlatformPostId, post.Url);
        var keyLength = platform.Length + 1 + id.Length;
        var chars = keyLength + (url?.Length ?? 0);
        var wide = !Ascii.IsValid(platform) || !Ascii.IsValid(id) || (url is not null && !Ascii.IsValid(url));
        Span<byte> header = stackalloc byte[10];
        var headerLength = Write(header, ((uint)keyLength << 1) | (wide ? 1u : 0u));
        headerLength += Write(header[headerLength..], url is null ? 0 : (uint)url.Length + 1);

        var start = _length;
        var target = Reserve(headerLength + (wide ? chars * 2 : chars));
        header[..headerLength].CopyTo(target);
        target = target[headerLength..];
        if (wide)
        {
            var text = MemoryMarshal.Cast<byte, char>(target);
            platform.CopyTo(text);
            text[platform.Length] = ':';
            id.CopyTo(text[(platform.Length + 1)..]);
            url?.CopyTo(text[keyLength..]);
        }
        else
        {
            Ascii.FromUtf16(platform, target, out _);
            target[platform.Length] = (byte)':';
            Ascii.FromUtf16(id, target[(platform.Length + 1)..], out _);
            if (url is not null)
                Ascii.FromUtf16(url, target[keyLength..], out _);
        }

        return start;
    }

    /// <summary>Bytes the text at <paramref name="start"/> takes, header included.</summary>
    public readonly int SizeAt(int start)
    {
        var (keyLength, wide, urlLength, header) = Header(start);
        return header + ((keyLength + Math.Max(0, urlLength)) * (wide ? 2 : 1));
    }

    /// <summary>Copies text written by another buffer (compaction); returns where it starts here.</summary>
    public int CopyFrom(in PostText other, int start)
    {
        var size = other.SizeAt(start);
        var copy = _length;
        other._bytes.AsSpan(start, size).CopyTo(Reserve(size));
        return copy;
    }

    public readonly (string Key, string? Url) Read(int start)
    {
        var (keyLength, wide, urlLength, header) = Header(start);
        var unit = wide ? 2 : 1;
        var bytes = _bytes.AsSpan(start + header);
        var key = Decode(bytes[..(keyLength * unit)], wide);
        var url = urlLength < 0 ? null : Decode(bytes.Slice(keyLength * unit, urlLength * unit), wide);
        return (key, url);
    }

    /// <summary>Leaves room for <paramref name="bytes"/> more without growing (the owner sizes a compacted buffer).</summary>
    public void EnsureCapacity(int bytes)
    {
        if (_bytes.Length < _length + bytes)
            Array.Resize(ref _bytes, _length + bytes);
    }

    private readonly (int KeyLength, bool Wide, int UrlLength, int Header) Header(int start)
    {
        var bytes = _bytes.AsSpan(start);
        var first = Read(bytes, out var used);
        var second = Read(bytes[used..], out var more);
        return ((int)(first >> 1), (first & 1) != 0, (int)second - 1, used + more);
    }

    private static string Decode(ReadOnlySpan<byte> bytes, bool wide) =>
        wide ? new string(MemoryMarshal.Cast<byte, char>(bytes)) : Encoding.ASCII.GetString(bytes);

    // Seven bits a byte, low first; the high bit says another byte follows.
    private static int Write(Span<byte> target, uint value)
    {
        var i = 0;
        for (; value >= 0x80; value >>= 7)
            target[i++] = (byte)(value | 0x80);
        target[i++] = (byte)value;
        return i;
    }

    private static uint Read(ReadOnlySpan<byte> source, out int used)
    {
        uint value = 0;
        for (used = 0; ; used++)
        {
            var b = source[used];
            value |= (uint)(b & 0x7F) << (7 * used);
            if (b < 0x80)
            {
                used++;
                return value;
            }
        }
    }

    // Grows by half (a window's text is about the same size from hour to hour, so little slack is left for long).
    private Span<byte> Reserve(int bytes)
    {
        if (_length + bytes > _bytes.Length)
            Array.Resize(ref _bytes, Math.Max(_bytes.Length + (_bytes.Length / 2), Math.Max(64, _length + bytes)));
        _length += bytes;
        return _bytes.AsSpan(_length - bytes, bytes);
    }
}
