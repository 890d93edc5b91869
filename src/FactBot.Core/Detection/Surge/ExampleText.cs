using System.Runtime.InteropServices;
using System.Text;
using FactBot.Core.Posts;

namespace FactBot.Core.Detection.Surge;

/// <summary>
/// A bin's example posts (key and link), one after another in a byte buffer, read back exactly and in order. Links of
/// one bin look alike (<c>https://www.tiktok.com/@someone/video/&lt;id&gt;</c>), so each one after the first is stored
/// as the length it shares with the first link, then the rest without the post id where the link contains it; the
/// platform is stored only when it changes. ASCII text takes a byte a character; an example with anything else is
/// stored as UTF-16 code units, uncompressed. About 35 bytes an example instead of 95. A mutable struct kept in a field
/// of its evidence.
/// </summary>
internal struct ExampleText
{
    // Flags of an example's header.
    private const int Wide = 1;
    private const int NewPlatform = 2;
    private const int HasLink = 4;
    private const int IdInLink = 8;

    private byte[] _bytes;
    private int _length;

    // The first example's link (ASCII, whole): the one later links share a beginning with. Length −1: none to share.
    private int _firstLinkStart;
    private int _firstLinkLength;
    private string? _platform;

    public ExampleText() => (_bytes, _firstLinkLength) = ([], -1);

    /// <summary>Bytes it can hold without growing.</summary>
    public readonly int Capacity => _bytes.Length;

    /// <summary>Empties it, keeping the buffer.</summary>
    public void Clear() => (_length, _firstLinkLength, _platform) = (0, -1, null);

    /// <summary>Lets go of the buffer if it is longer than <paramref name="maxBytes"/> (call when empty).</summary>
    public void Trim(int maxBytes)
    {
        if (_bytes.Length > maxBytes)
            _bytes = [];
    }

    public void Add(Post post)
    {
        var (platform, id, link) = (post.Platform, post.PlatformPostId, post.Url);
        var wide = !Ascii.IsValid(platform) || !Ascii.IsValid(id) || (link is not null && !Ascii.IsValid(link));
        var newPlatform = wide || !string.Equals(platform, _platform, StringComparison.Ordinal);
        var first = _length == 0;
        var shared = link is null || wide || _firstLinkLength < 0 ? 0 : SharedLength(link);
        var idAt = link is null || wide || first || id.Length == 0 ? -1 : link.IndexOf(id, shared, StringComparison.Ordinal);
        var flags = (wide ? Wide : 0) | (newPlatform ? NewPlatform : 0) | (link is null ? 0 : HasLink) | (idAt >= 0 ? IdInLink : 0);

        Write((uint)flags);
        if (newPlatform)
            WriteText(platform, wide);
        WriteText(id, wide);
        if (link is null)
        {
            (_platform, _firstLinkLength) = (wide ? null : platform, first ? -1 : _firstLinkLength);
            return;
        }

        Write((uint)shared);
        if (idAt >= 0)
        {
            Write((uint)(idAt - shared));
            Write((uint)(link.Length - idAt - id.Length));
            WriteChars(link.AsSpan(shared, idAt - shared), wide);
            WriteChars(link.AsSpan(idAt + id.Length), wide);
        }
        else
        {
            Write((uint)(link.Length - shared));
            if (first && !wide)
                (_firstLinkStart, _firstLinkLength) = (_length, link.Length);
            WriteChars(link.AsSpan(shared), wide);
        }

        _platform = wide ? null : platform;
    }

    /// <summary>The examples' keys and links (null for none), in the order they came.</summary>
    public readonly List<(string Key, string? Link)> Read()
    {
        var examples = new List<(string, string?)>();
        var (at, platform, firstLink) = (0, "", (string?)null);
        while (at < _length)
        {
            var flags = (int)ReadNumber(ref at);
            var wide = (flags & Wide) != 0;
            if ((flags & NewPlatform) != 0)
                platform = ReadText(ref at, wide);
            var id = ReadText(ref at, wide);
            string? link = null;
            if ((flags & HasLink) != 0)
            {
                var shared = (int)ReadNumber(ref at);
                var prefix = firstLink is null ? "" : firstLink[..shared];
                if ((flags & IdInLink) != 0)
                {
                    var before = (int)ReadNumber(ref at);
                    var after = (int)ReadNumber(ref at);
                    link = string.Concat(prefix, ReadChars(ref at, before, wide), id, ReadChars(ref at, after, wide));
                }
                else
                {
                    link = prefix + ReadChars(ref at, (int)ReadNumber(ref at), wide);
                }

                firstLink ??= wide ? null : link;
            }

            firstLink ??= "";
            examples.Add((PostKey.Of(platform, id), link));
        }

        return examples;
    }

    private readonly int SharedLength(string link)
    {
        var first = _bytes.AsSpan(_firstLinkStart, _firstLinkLength);
        var shared = 0;
        while (shared < first.Length && shared < link.Length && first[shared] == link[shared])
            shared++;
        return shared;
    }

    private void WriteText(string text, bool wide)
    {
        Write((uint)text.Length);
        WriteChars(text, wide);
    }

    private void WriteChars(ReadOnlySpan<char> text, bool wide)
    {
        var target = Reserve(wide ? text.Length * 2 : text.Length);
        if (wide)
            text.CopyTo(MemoryMarshal.Cast<byte, char>(target));
        else
            Ascii.FromUtf16(text, target, out _);
    }

    // Seven bits a byte, low first; the high bit says another byte follows.
    private void Write(uint value)
    {
        for (; value >= 0x80; value >>= 7)
            Reserve(1)[0] = (byte)(value | 0x80);
        Reserve(1)[0] = (byte)value;
    }

    private readonly uint ReadNumber(ref int at)
    {
        uint value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = _bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
                return value;
        }
    }

    private readonly string ReadText(ref int at, bool wide) => ReadChars(ref at, (int)ReadNumber(ref at), wide);

    private readonly string ReadChars(ref int at, int length, bool wide)
    {
        var bytes = _bytes.AsSpan(at, wide ? length * 2 : length);
        at += bytes.Length;
        return wide ? new string(MemoryMarshal.Cast<byte, char>(bytes)) : Encoding.ASCII.GetString(bytes);
    }

    // Grows by half: a series keeps its evidence from bin to bin, so the slack would be kept too.
    private Span<byte> Reserve(int bytes)
    {
        if (_length + bytes > _bytes.Length)
            Array.Resize(ref _bytes, Math.Max(_bytes.Length + (_bytes.Length / 2), Math.Max(64, _length + bytes)));
        _length += bytes;
        return _bytes.AsSpan(_length - bytes, bytes);
    }
}
