namespace FactBot.Core.Detection.Coordination.Objects;

/// <summary>
/// MinHash over character 5-shingles with LSH banding. Two texts share a band (and so an object key) with
/// probability 1 − (1 − J^rows)^bands for Jaccard similarity J. The default 16 bands of 8 rows give ≈ 0.95 at
/// J = 0.8, ≈ 1.0 at J = 0.9, ≈ 0.06 at J = 0.5 and ≈ 0.001 at J = 0.3: copies with small edits meet, unrelated
/// captions on the same topic rarely do. Character shingles (not word shingles) keep short captions and
/// languages without spaces usable.
/// </summary>
internal sealed class MinHasher
{
    public const int DefaultBands = 16;
    public const int DefaultRows = 8;
    public const int ShingleChars = 5;

    private readonly ulong[] _seeds;

    public MinHasher(int bands = DefaultBands, int rows = DefaultRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        Bands = bands;
        Rows = rows;
        _seeds = new ulong[bands * rows];

        // Fixed seeds (not Random): band keys must be identical on every run and machine.
        var state = 0x5EED_FAC7_B07UL;
        for (var i = 0; i < _seeds.Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            _seeds[i] = Mix(state);
        }
    }

    public int Bands { get; }

    public int Rows { get; }

    public static double CollisionProbability(double jaccard, int bands, int rows) =>
        1 - Math.Pow(1 - Math.Pow(jaccard, rows), bands);

    /// <summary>The MinHash signature (Bands × Rows values), or empty when the text is shorter than one shingle.</summary>
    public ulong[] Signature(string normalized)
    {
        if (normalized.Length < ShingleChars)
            return [];

        var distinct = new HashSet<ulong>();
        for (var i = 0; i + ShingleChars <= normalized.Length; i++)
            distinct.Add(StableHash.Fnv1a64Chars(normalized.AsSpan(i, ShingleChars)));
        var shingles = distinct.ToArray();

        var signature = new ulong[_seeds.Length];
        for (var k = 0; k < _seeds.Length; k++)
        {
            // Mix inlined: this loop runs (shingles × hashes) times per post and is the detector's hottest code.
            var seed = _seeds[k];
            var min = ulong.MaxValue;
            foreach (var shingle in shingles)
            {
                var z = shingle ^ seed;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                z ^= z >> 31;
                if (z < min)
                    min = z;
            }

            signature[k] = min;
        }

        return signature;
    }

    /// <summary>One hash per band; equal band hashes at the same index mean the two texts collide in that band.</summary>
    public ulong[] BandHashes(string normalized)
    {
        var signature = Signature(normalized);
        if (signature.Length == 0)
            return [];

        var result = new ulong[Bands];
        for (var band = 0; band < Bands; band++)
            result[band] = StableHash.Fnv1a64(signature.AsSpan(band * Rows, Rows));
        return result;
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

    // SplitMix64's finaliser: a bijective mixer, so one 64-bit shingle hash yields many independent-looking hashes.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
