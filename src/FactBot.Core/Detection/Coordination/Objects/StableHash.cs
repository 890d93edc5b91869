using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    /// <summary>
    /// A fast, stable 64-bit hash of UTF-16 text, 8 bytes at a time, finished by SplitMix64. Used for object ids,
    /// which are computed for every key of every post. <paramref name="seed"/> separates kinds of key.
    /// </summary>
    public static ulong Chars(ReadOnlySpan<char> chars, ulong seed)
    {
        var bytes = MemoryMarshal.AsBytes(chars);
        var hash = seed ^ ((ulong)bytes.Length * 0x9E3779B97F4A7C15UL);
        while (bytes.Length >= 8)
        {
            hash = BitOperations.RotateLeft(hash ^ Mix(BinaryPrimitives.ReadUInt64LittleEndian(bytes)), 27) * 0x9E3779B97F4A7C15UL;
            bytes = bytes[8..];
        }

        ulong tail = 0;
        for (var i = bytes.Length - 1; i >= 0; i--)
            tail = (tail << 8) | bytes[i];
        return Mix(hash ^ Mix(tail ^ 0xA0761D6478BD642FUL));
    }

    /// <summary>SplitMix64's finaliser: a bijective mixer that spreads every input bit over the output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public static string Hex(ulong hash) => hash.ToString("x16", CultureInfo.InvariantCulture);
}
