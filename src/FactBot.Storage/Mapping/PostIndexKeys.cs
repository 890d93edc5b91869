using System.Buffers.Binary;
using System.Text;

namespace FactBot.Storage.Mapping;

/// <summary>
/// Binary index keys for the post indexes: <c>utf8(prefix) ␟ big-endian(MaxTicks − ticks)</c>. LiteDB compares binary
/// keys byte by byte, so one prefix's keys are contiguous and newest first; 9 bytes of time instead of the 20-character
/// "␟ticks" and without the 20–30-byte post key the string keys carried, which roughly halves the index pages and
/// makes each comparison cheaper. Ties on the same tick are put in key order by the reader (<c>PostPages</c>).
/// </summary>
internal static class PostIndexKeys
{
    /// <summary>Unit separator: cannot appear in a normalised hashtag, handle, platform or sound id.</summary>
    public const byte Separator = 0x1F;

    /// <summary>The separator and the big-endian inverted ticks after a key's prefix.</summary>
    public const int TimeBytes = 9;

    /// <summary>LiteDB refuses index keys over 1023 bytes; longer keys are left out of the index.</summary>
    public const int MaxKeyBytes = 900;

    private static readonly ulong MaxTicks = (ulong)DateTimeOffset.MaxValue.UtcTicks;

    /// <summary>The key of a post at <paramref name="ticks"/> under a prefix (a target, or platform␟handle); null if too long.</summary>
    public static byte[]? NewestFirst(string prefix, long ticks) => Key(prefix, MaxTicks - (ulong)ticks);

    /// <summary>Inclusive bounds of the keys under <paramref name="prefix"/> for times in [from, to).</summary>
    public static (byte[] Low, byte[] High) Between(string prefix, long fromTicks, long toTicks) =>
        (Key(prefix, MaxTicks - (ulong)toTicks + 1) ?? [], Key(prefix, MaxTicks - (ulong)fromTicks) ?? []);

    /// <summary>Inclusive bounds of every key under <paramref name="prefix"/>.</summary>
    public static (byte[] Low, byte[] High) All(string prefix) => (Key(prefix, 0) ?? [], Key(prefix, ulong.MaxValue) ?? []);

    /// <summary>The author prefix: platform␟handle.</summary>
    public static string Author(string platform, string handle) => string.Concat(platform, "\u001F", handle);

    private static byte[]? Key(string prefix, ulong inverted)
    {
        var length = Encoding.UTF8.GetByteCount(prefix);
        if (length + 9 > MaxKeyBytes)
            return null;
        var key = new byte[length + 9];
        Encoding.UTF8.GetBytes(prefix, key);
        key[length] = Separator;
        BinaryPrimitives.WriteUInt64BigEndian(key.AsSpan(length + 1), inverted);
        return key;
    }
}
