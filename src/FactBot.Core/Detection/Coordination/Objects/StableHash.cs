using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FactBot.Core.Detection.Coordination.Objects;

/// <summary>
/// Stable 64-bit hashing for object ids. Ids are compared across runs and machines and quoted in alerts, so they
/// cannot use <see cref="string.GetHashCode()"/> (randomised per process). Not cryptographic; ids only need to be
/// stable and well spread.
/// </summary>
internal static class StableHash
{
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
