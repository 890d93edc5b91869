using FactBot.Core.Detection.Coordination.Objects;

namespace FactBot.Core.Tests.Detection.Coordination.Objects;

public sealed class MinHasherTests
{
    [Fact]
    public void CollisionProbability_DefaultBanding_SeparatesNearCopiesFromLooseMatches()
    {
        Assert.True(MinHasher.CollisionProbability(0.8, MinHasher.DefaultBands, MinHasher.DefaultRows) >= 0.9);
        Assert.True(MinHasher.CollisionProbability(0.5, MinHasher.DefaultBands, MinHasher.DefaultRows) <= 0.1);
    }

    [Fact]
    public void BandHashes_SameText_AreEqual()
    {
        var text = CaptionNormalizer.Normalize("the minister lied again about the dam, share before they delete it");

        Assert.Equal(new MinHasher().BandHashes(text), new MinHasher().BandHashes(text));
    }

    [Fact]
    public void BandHashes_TextShorterThanAShingle_AreEmpty() => Assert.Empty(new MinHasher().BandHashes("abc"));

    [Fact]
    public void BandHashes_RandomPairs_CollideByJaccardAsTuned()
    {
        var random = new Random(20220301);
        var vocabulary = Enumerable.Range(0, 400).Select(_ => RandomWord(random)).ToArray();
        var sut = new MinHasher();
        int high = 0, highHits = 0, low = 0, lowHits = 0;
        for (var trial = 0; trial < 600; trial++)
        {
            var words = Enumerable.Range(0, 14).Select(_ => vocabulary[random.Next(vocabulary.Length)]).ToArray();
            var variant = (string[])words.Clone();
            var edits = random.Next(0, 9);
            for (var e = 0; e < edits; e++)
                variant[random.Next(variant.Length)] = vocabulary[random.Next(vocabulary.Length)];

            var a = string.Join(' ', words);
            var b = string.Join(' ', variant);
            var jaccard = Jaccard(a, b);
            var collides = sut.BandHashes(a).Zip(sut.BandHashes(b)).Any(pair => pair.First == pair.Second);
            if (jaccard >= 0.8)
            {
                high++;
                highHits += collides ? 1 : 0;
            }
            else if (jaccard < 0.5)
            {
                low++;
                lowHits += collides ? 1 : 0;
            }
        }

        Assert.True(high >= 50 && low >= 50, $"scenario gave {high} high and {low} low pairs");
        Assert.True(highHits >= 0.9 * high, $"J ≥ 0.8 collided {highHits}/{high}");
        Assert.True(lowHits <= 0.1 * low, $"J < 0.5 collided {lowHits}/{low}");
    }

    [Fact]
    public void EstimateJaccard_Signatures_ApproximateTheTrueJaccard()
    {
        var sut = new MinHasher();
        const string a = "they are hiding the truth about the flood in the north, share now";
        const string b = "they are hiding the truth about the flood in the south, share now";

        var estimate = MinHasher.EstimateJaccard(sut.Signature(a), sut.Signature(b));

        Assert.InRange(estimate, Jaccard(a, b) - 0.15, Jaccard(a, b) + 0.15);
    }

    private static string RandomWord(Random random) =>
        new([.. Enumerable.Range(0, random.Next(3, 9)).Select(_ => (char)('a' + random.Next(26)))]);

    private static double Jaccard(string a, string b)
    {
        var x = Shingles(a);
        var y = Shingles(b);
        return (double)x.Intersect(y).Count() / x.Union(y).Count();
    }

    private static HashSet<string> Shingles(string text) =>
        [.. Enumerable.Range(0, text.Length - MinHasher.ShingleChars + 1).Select(i => text.Substring(i, MinHasher.ShingleChars))];
}
