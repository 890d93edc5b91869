using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FactBot.Core.Detection.Coordination.Objects;

/// <summary>
/// MinHash over character 5-shingles with LSH banding. Two texts share a band (and so an object key) with
/// probability about 1 − (1 − J^rows)^bands for Jaccard similarity J. The default 10 bands of 7 rows give ≈ 0.9 at
/// J = 0.8, ≈ 1.0 at J = 0.9, ≈ 0.075 at J = 0.5 and ≈ 0.002 at J = 0.3: copies with small edits meet, unrelated
/// captions on the same topic rarely do. Character shingles (not word shingles) keep short captions and languages
/// without spaces usable.
/// </summary>
/// <remarks>
/// One-permutation hashing with optimal densification (Li, Owen &amp; Zhang 2012; Shrivastava 2017): each shingle is
/// hashed once and lands in one of bands × rows bins, each bin keeping its minimum; an empty bin borrows the value of
/// the first filled bin along a fixed bin-specific sequence. Each bin then agrees between two texts with probability
/// ≈ J, as with bands × rows independent hash functions, at a seventieth of the cost: this runs for every post.
/// Fewer bands than the first version (16) because every band is an entry in the detector's share index.
/// </remarks>
internal sealed class MinHasher
{
    public const int DefaultBands = 10;
    public const int DefaultRows = 7;
    public const int ShingleChars = 5;

    private const ulong ShingleSeed = 0x5EED_FAC7_B07UL;
    private const ulong DensifySeed = 0xD3_75_1F_1E_DUL;
    private const ulong BandSeed = 0xBA_4D_5EEDUL;
    private const uint Empty = uint.MaxValue;
    private const uint Borrowed = 0x8000_0000u;
    private const int ProbesPerBin = 16;

    private readonly int[] _probes;

    public MinHasher(int bands = DefaultBands, int rows = DefaultRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        Bands = bands;
        Rows = rows;
        _probes = new int[bands * rows * ProbesPerBin];
        for (var bin = 0; bin < bands * rows; bin++)
        {
            for (var attempt = 1; attempt <= ProbesPerBin; attempt++)
                _probes[(bin * ProbesPerBin) + attempt - 1] = ProbeTarget(bin, (ulong)attempt, bands * rows);
        }
    }

    public int Bands { get; }

    public int Rows { get; }

    /// <summary>The number of signature values: one per bin.</summary>
    public int Size => Bands * Rows;

    public static double CollisionProbability(double jaccard, int bands, int rows) =>
        1 - Math.Pow(1 - Math.Pow(jaccard, rows), bands);

    /// <summary>Fills <paramref name="signature"/> (length <see cref="Size"/>); false when the text is shorter than one shingle.</summary>
    public bool Sketch(ReadOnlySpan<char> normalized, Span<uint> signature)
    {
        if (normalized.Length < ShingleChars)
            return false;

        // 31-bit values, so uint.MaxValue can mark an empty bin and the minimum needs no branch.
        var size = Size;
        signature.Fill(Empty);
        // The hottest loop of the detector: refs rather than slices, so no bounds checks.
        ref var text = ref MemoryMarshal.GetReference(normalized);
        ref var bins = ref MemoryMarshal.GetReference(signature);
        var count = normalized.Length - ShingleChars + 1;
        for (var i = 0; i < count; i++)
        {
            // A shingle is five UTF-16 units: the first four read as one word, the fifth mixed in.
            var head = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref text, i)));
            var last = (ulong)Unsafe.Add(ref text, i + 4);
            var hash = StableHash.Mix(head ^ ShingleSeed ^ (last << 23) ^ (last << 47));
            ref var bin = ref Unsafe.Add(ref bins, (int)(((hash >> 32) * (ulong)size) >> 32));
            bin = Math.Min(bin, (uint)hash >> 1);
        }

        // Only bins filled by shingles are borrowed from (borrowed values carry the top bit until the end), so two
        // texts with the same filled bins fill their gaps alike.
        for (var bin = 0; bin < size; bin++)
        {
            if (signature[bin] == Empty)
                signature[bin] = Borrow(signature, bin) | Borrowed;
        }

        for (var bin = 0; bin < size; bin++)
            signature[bin] &= ~Borrowed;

        return true;
    }

    // The bin-specific sequence of bins an empty bin borrows from: the first few precomputed (no hashing per post),
    // the rest, needed about once in a hundred million texts, computed.
    private uint Borrow(Span<uint> signature, int bin)
    {
        var probes = _probes.AsSpan(bin * ProbesPerBin, ProbesPerBin);
        foreach (var from in probes)
        {
            if (signature[from] < Borrowed)
                return signature[from];
        }

        for (var attempt = (ulong)ProbesPerBin + 1; ; attempt++)
        {
            var from = ProbeTarget(bin, attempt, Size);
            if (signature[from] < Borrowed)
                return signature[from];
        }
    }

    private static int ProbeTarget(int bin, ulong attempt, int size) =>
        (int)((StableHash.Mix(DensifySeed ^ ((ulong)bin << 32) ^ attempt) >> 32) * (ulong)size >> 32);

    /// <summary>One hash per band into <paramref name="bands"/>; returns how many were written (0 for too short a text).</summary>
    public int BandHashes(ReadOnlySpan<char> normalized, Span<ulong> bands)
    {
        Span<uint> signature = stackalloc uint[Size];
        if (!Sketch(normalized, signature))
            return 0;

        for (var band = 0; band < Bands; band++)
        {
            // Rows folded by multiply-add, one full mix per band: a band only needs equal rows to give equal hashes
            // and different rows to rarely collide.
            var hash = BandSeed + (ulong)band;
            var rows = signature.Slice(band * Rows, Rows);
            for (var row = 0; row < rows.Length; row++)
                hash = (hash ^ rows[row]) * 0x9E3779B97F4A7C15UL;
            bands[band] = StableHash.Mix(hash);
        }

        return Bands;
    }

    /// <summary>The band hashes of a text, or empty when it is shorter than one shingle.</summary>
    public ulong[] BandHashes(string normalized)
    {
        var result = new ulong[Bands];
        return BandHashes(normalized, result) == 0 ? [] : result;
    }

    /// <summary>The MinHash signature (one value per bin), or empty when the text is shorter than one shingle.</summary>
    public ulong[] Signature(string normalized)
    {
        var signature = new uint[Size];
        return Sketch(normalized, signature) ? [.. signature.Select(value => (ulong)value)] : [];
    }

    /// <summary>Estimated Jaccard similarity: the share of equal signature positions.</summary>
    public static double EstimateJaccard(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 || a.Length != b.Length)
            return 0;

        var equal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
                equal++;
        }

        return (double)equal / a.Length;
    }
}
