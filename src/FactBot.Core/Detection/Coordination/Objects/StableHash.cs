using System.Globalization;
using System.Text;

namespace FactBot.Core.Detection.Coordination.Objects;

/// <summary>
/// FNV-1a 64-bit. Object keys are stored, compared across runs and machines, and quoted in alerts, so they cannot
/// use <see cref="string.GetHashCode()"/> (randomised per process). FNV is not cryptographic; keys only need to be
/// stable and well spread.
/// </summary>
internal static class StableHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Fnv1a64(string text) => Fnv1a64(Encoding.UTF8.GetBytes(text));

    public static ulong Fnv1a64(ReadOnlySpan<byte> bytes)
    {
        var hash = Offset;
        foreach (var b in bytes)
        {
            hash ^= b;
            hash *= Prime;
        }

        return hash;
    }

    /// <summary>Folds 64-bit values (MinHash band rows) into one hash, byte by byte, little-endian.</summary>
    public static ulong Fnv1a64(ReadOnlySpan<ulong> values)
    {
        var hash = Offset;
        foreach (var value in values)
        {
            for (var shift = 0; shift < 64; shift += 8)
            {
                hash ^= (value >> shift) & 0xFF;
                hash *= Prime;
            }
        }

        return hash;
    }

    /// <summary>Hashes UTF-16 code units directly: used for shingles, where speed matters and bytes do not.</summary>
    public static ulong Fnv1a64Chars(ReadOnlySpan<char> chars)
    {
        var hash = Offset;
        foreach (var c in chars)
        {
            hash ^= (byte)c;
            hash *= Prime;
            hash ^= (byte)(c >> 8);
            hash *= Prime;
        }

        return hash;
    }

    public static string Hex(ulong hash) => hash.ToString("x16", CultureInfo.InvariantCulture);
}
