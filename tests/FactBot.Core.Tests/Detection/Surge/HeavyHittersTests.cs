using FactBot.Core.Detection.Surge;

namespace FactBot.Core.Tests.Detection.Surge;

public sealed class HeavyHittersTests
{
    private const int K = HeavyHitters.MinCounters;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Count_AtMostKAuthors_CountsEachExactlyAndRanksByPostsThenKey(int seed)
    {
        var random = new Random(seed);
        var posts = Enumerable.Range(0, 2_000).Select(_ => $"user{random.Next(K)}").ToList();
        var sut = new HeavyHitters();

        foreach (var author in posts)
            sut.Count(author, K);

        var truth = posts.CountBy(a => a).ToDictionary(StringComparer.Ordinal);
        foreach (var (author, count) in truth)
            Assert.Equal((count, 0), sut.Find(author));
        var expected = truth.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key);
        Assert.Equal(expected, sut.Top(K));
    }

    [Theory]
    [InlineData(1, "shuffled")]
    [InlineData(2, "shuffled")]
    [InlineData(3, "heavy last")]
    [InlineData(4, "heavy first")]
    [InlineData(5, "shuffled")]
    public void Count_FloodOfAuthors_FindsEveryAuthorAboveNOverKWithCountsWithinTheBound(int seed, string order)
    {
        var random = new Random(seed);
        var posts = Stream(random, order);
        var n = posts.Count;
        var sut = new HeavyHitters();

        foreach (var author in posts)
            sut.Count(author, K);

        var truth = posts.CountBy(a => a).ToDictionary(StringComparer.Ordinal);
        Assert.True(truth.Count > 10 * K); // precondition: far more authors than counters
        Assert.Equal(K, sut.Tracked);
        foreach (var (author, posted) in truth)
        {
            if (sut.Find(author) is not var (count, overcount))
            {
                Assert.True(posted <= n / K, $"{author} made {posted} of {n} posts (more than n/k) but has no counter");
                continue;
            }

            Assert.InRange(posted, count - overcount, count);
            Assert.InRange(overcount, 0, n / K);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Top_HeavyHittersFurtherApartThanNOverK_RankedByTheirTruePosts(int seed)
    {
        var random = new Random(seed);
        var posts = Stream(random, "shuffled");
        var sut = new HeavyHitters();

        foreach (var author in posts)
            sut.Count(author, K);

        // The planted heavy authors' posts differ by more than n/k, so the posts each surely made keep their order.
        Assert.Equal(["heavy0", "heavy1", "heavy2", "heavy3", "heavy4"], sut.Top(5));
    }

    [Fact]
    public void Count_KeysBeyondAscii_CountedAndNamedExactly()
    {
        string[] authors = ["zoë", "user1", "用户", "zoë", "user1", "zoë", "😀x", "user1\u0000"];
        var sut = new HeavyHitters();

        foreach (var author in authors)
            sut.Count(author, K);

        Assert.Equal((3, 0), sut.Find("zoë"));
        Assert.Equal((2, 0), sut.Find("user1"));
        Assert.Null(sut.Find("zoe"));
        Assert.Equal(["zoë", "user1", "user1\u0000", "用户", "😀x"], sut.Top(10));
    }

    [Fact]
    public void Reset_AfterAFlood_StartsEmptyAndCountsExactlyAgain()
    {
        var sut = new HeavyHitters();
        for (var i = 0; i < 5_000; i++)
            sut.Count($"someone{i}", K);

        sut.Reset();
        sut.Count("solo", K);
        sut.Count("solo", K);

        Assert.Equal(1, sut.Tracked);
        Assert.Equal((2, 0), sut.Find("solo"));
        Assert.Null(sut.Find("someone4999"));
        Assert.Equal(["solo"], sut.Top(10));
    }

    // 12,000 posts (n/k = 187.5): five heavy authors with 1,400 down to 200 posts, 300 apart; 300 medium ones with about
    // five posts each; and thousands posting once.
    private static List<string> Stream(Random random, string order)
    {
        List<string> heavy = [.. Enumerable.Range(0, 5).SelectMany(h => Enumerable.Repeat($"heavy{h}", 1_400 - (300 * h)))];
        var rest = Enumerable.Range(0, 8_000).Select(_ => random.NextDouble() < 0.2 ? $"medium{random.Next(300)}" : $"once{random.Next(1_000_000)}").ToList();
        return order switch
        {
            "heavy last" => [.. rest, .. heavy],
            "heavy first" => [.. heavy, .. rest],
            _ => [.. heavy.Concat(rest).OrderBy(_ => random.Next())],
        };
    }
}
