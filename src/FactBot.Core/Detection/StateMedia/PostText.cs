using System.Runtime.InteropServices;
using System.Text;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// Post ids and links (and platforms, where the owner has no better place for them) copied into one growing byte
/// buffer, each found by where it starts: a header of variable-length numbers (id length and flags; link length + 1,
/// 0 for none; where the id sits in the link, when it does; the platform's length, when there is one), then the
/// platform, the id and the link without the id (links nearly always contain it), one byte a character when all are
/// ASCII, else as UTF-16 code units, so every string reads back exactly. A mutable struct kept in a field of its owner, which compacts
/// it (<see cref="CopyFrom"/>).
/// </summary>
internal struct PostText
{
    private const uint WideFlag = 1;
    private const uint IdInLinkFlag = 2;
    private const uint PlatformFlag = 4;
    private const int FlagBits = 3;

    private byte[] _bytes;
    private int _length;

    public PostText() => _bytes = [];

    /// <summary>Bytes written so far (dropped text included).</summary>
    public readonly int Length => _length;

    /// <summary>Bytes it can hold without growing.</summary>
    public readonly int Capacity => _bytes.Length;

    /// <summary>Copies a post's id and link, and its platform if given; returns where they start.</summary>
    public int Add(string? platform, string id, string? link)
    {
        var wide = !Ascii.IsValid(id) || (link is not null && !Ascii.IsValid(link)) || (platform is not null && !Ascii.IsValid(platform));
        var idAt = link is null || id.Length == 0 ? -1 : link.IndexOf(id, StringComparison.Ordinal);
        var flags = (wide ? WideFlag : 0) | (idAt >= 0 ? IdInLinkFlag : 0) | (platform is null ? 0 : PlatformFlag);
        Span<byte> header = stackalloc byte[25];
        var used = Write(header, ((uint)id.Length << FlagBits) | flags);
        used += Write(header[used..], link is null ? 0 : (uint)link.Length + 1);
        if (idAt >= 0)
            used += Write(header[used..], (uint)idAt);
        if (platform is not null)
            used += Write(header[used..], (uint)platform.Length);

        var chars = (platform?.Length ?? 0) + id.Length + (link?.Length ?? 0) - (idAt >= 0 ? id.Length : 0);
        var start = _length;
        var target = Reserve(used + (wide ? chars * 2 : chars));
        header[..used].CopyTo(target);
        target = target[used..];
        var unit = wide ? 2 : 1;
        if (platform is not null)
        {
            Copy(platform, target, wide);
            target = target[(platform.Length * unit)..];
        }

        Copy(id, target, wide);
        target = target[(id.Length * unit)..];
        if (idAt >= 0)
        {
            Copy(link.AsSpan(0, idAt), target, wide);
            Copy(link.AsSpan(idAt + id.Length), target[(idAt * unit)..], wide);
        }
        else if (link is not null)
        {
            Copy(link, target, wide);
        }

        return start;
    }

    /// <summary>Bytes the text at <paramref name="start"/> takes, header included.</summary>
    public readonly int SizeAt(int start)
    {
        var (id, link, idAt, platform, wide, header) = Header(start);
        return header + ((Math.Max(0, platform) + id + Math.Max(0, link) - (idAt >= 0 ? id : 0)) * (wide ? 2 : 1));
    }

    /// <summary>Copies text written by another buffer (compaction); returns where it starts here.</summary>
    public int CopyFrom(in PostText other, int start)
    {
        var size = other.SizeAt(start);
        var copy = _length;
        other._bytes.AsSpan(start, size).CopyTo(Reserve(size));
        return copy;
    }

    /// <summary>The platform (null if none was stored), id and link at <paramref name="start"/>.</summary>
    public readonly (string? Platform, string Id, string? Link) Read(int start)
    {
        var (idLength, linkLength, idAt, platformLength, wide, header) = Header(start);
        var unit = wide ? 2 : 1;
        var bytes = _bytes.AsSpan(start + header);
        string? platform = null;
        if (platformLength >= 0)
        {
            platform = Decode(bytes[..(platformLength * unit)], wide);
            bytes = bytes[(platformLength * unit)..];
        }

        var id = Decode(bytes[..(idLength * unit)], wide);
        bytes = bytes[(idLength * unit)..];
        if (linkLength < 0)
            return (platform, id, null);
        if (idAt < 0)
            return (platform, id, Decode(bytes[..(linkLength * unit)], wide));
        var before = Decode(bytes[..(idAt * unit)], wide);
        var after = Decode(bytes.Slice(idAt * unit, (linkLength - idAt - idLength) * unit), wide);
        return (platform, id, string.Concat(before, id, after));
    }

    /// <summary>Leaves room for <paramref name="bytes"/> more without growing (the owner sizes a compacted buffer).</summary>
    public void EnsureCapacity(int bytes)
    {
        if (_bytes.Length < _length + bytes)
            Array.Resize(ref _bytes, _length + bytes);
    }

    // Lengths in characters; −1 for no link, no id in the link, no platform.
    private readonly (int Id, int Link, int IdAt, int Platform, bool Wide, int Header) Header(int start)
    {
        var bytes = _bytes.AsSpan(start);
        var first = Read(bytes, out var used);
        var link = (int)Read(bytes[used..], out var more) - 1;
        used += more;
        var (idAt, platform) = (-1, -1);
        if ((first & IdInLinkFlag) != 0)
        {
            idAt = (int)Read(bytes[used..], out more);
            used += more;
        }

        if ((first & PlatformFlag) != 0)
        {
            platform = (int)Read(bytes[used..], out more);
            used += more;
        }

        return ((int)(first >> FlagBits), link, idAt, platform, (first & WideFlag) != 0, used);
    }

    private static void Copy(ReadOnlySpan<char> text, Span<byte> target, bool wide)
    {
        if (wide)
            text.CopyTo(MemoryMarshal.Cast<byte, char>(target));
        else
            Ascii.FromUtf16(text, target, out _);
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
