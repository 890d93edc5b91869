using FactBot.Core.Detection.Coordination.Objects;
using FactBot.Core.Detection.Coordination.Streaming;

namespace FactBot.Core.Tests.Detection.Coordination.Streaming;

public sealed class CoShareEngineTests
{
    private static readonly DateTimeOffset T0 = new(2024, 5, 6, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, true)]
    [InlineData(59, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void Add_SecondAccountOnSameObject_PairsWithinTheWindowInclusive(int seconds, bool expected)
    {
        var sut = new CoShareEngine(new CoordinationOptions());
        sut.Add(Share("p1", "a", 0), Keys("caption:x"));

        sut.Add(Share("p2", "b", seconds), Keys("caption:x"));

        Assert.Equal(expected, sut.CoShares.Count == 1);
    }

    [Fact]
    public void Add_SameAccountTwice_IsNoCoShare()
    {
        var sut = new CoShareEngine(new CoordinationOptions());
        sut.Add(Share("p1", "a", 0), Keys("caption:x"));

        sut.Add(Share("p2", "a", 5), Keys("caption:x"));

        Assert.Empty(sut.CoShares);
    }

    [Fact]
    public void Add_DifferentObjects_IsNoCoShare()
    {
        var sut = new CoShareEngine(new CoordinationOptions());
        sut.Add(Share("p1", "a", 0), Keys("caption:x"));

        sut.Add(Share("p2", "b", 5), Keys("caption:y"));

        Assert.Empty(sut.CoShares);
    }

    [Fact]
    public void Add_PairSharingSeveralObjects_IsOneCoShareListingThem()
    {
        var sut = new CoShareEngine(new CoordinationOptions());
        sut.Add(Share("p1", "a", 0), Keys("sound:1", "sound+tags:1|ab", "text~:0:ab"));

        sut.Add(Share("p2", "b", 5), Keys("sound:1", "sound+tags:1|ab", "text~:0:ab"));

        var coShare = Assert.Single(sut.CoShares);
        Assert.Equal(["sound:1", "sound+tags:1|ab", "text~:0:ab"], coShare.Objects.Select(o => o.Key));
    }

    [Fact]
    public void Add_IdenticalCaptions_ListTheCaptionAndNoNearTextBand()
    {
        var sut = new CoShareEngine(new CoordinationOptions());
        sut.Add(Share("p1", "a", 0), Keys("sound:1", "caption:x", "text~:0:ab", "text~:1:cd"));

        sut.Add(Share("p2", "b", 5), Keys("sound:1", "caption:x", "text~:0:ab", "text~:1:cd"));

        Assert.Equal(["sound:1", "caption:x"], Assert.Single(sut.CoShares).Objects.Select(o => o.Key));
    }

    [Fact]
    public void Add_NearCopyMatchingInSeveralBands_ListsOneBand()
    {
        var sut = new CoShareEngine(new CoordinationOptions());
        sut.Add(Share("p1", "a", 0), Keys("caption:x", "text~:0:ab", "text~:1:cd"));

        sut.Add(Share("p2", "b", 5), Keys("caption:y", "text~:0:ab", "text~:1:cd"));

        Assert.Equal(["text~:0:ab"], Assert.Single(sut.CoShares).Objects.Select(o => o.Key));
    }

    [Fact]
    public void Add_LatePost_PairsAndPutsTheOlderPostFirst()
    {
        var sut = new CoShareEngine(new CoordinationOptions());
        sut.Add(Share("p2", "b", 30), Keys("caption:x"));

        sut.Add(Share("p1", "a", 0), Keys("caption:x"));

        var coShare = Assert.Single(sut.CoShares);
        Assert.Equal("p1", coShare.Older.Key);
        Assert.Equal("p2", coShare.Newer.Key);
        Assert.Equal(30, coShare.DeltaSeconds);
    }

    [Fact]
    public void Add_SamePostTwice_CountsOnce()
    {
        var sut = new CoShareEngine(new CoordinationOptions());
        sut.Add(Share("p1", "a", 0), Keys("caption:x"));
        sut.Add(Share("p2", "b", 1), Keys("caption:x"));

        var added = sut.Add(Share("p2", "b", 1), Keys("caption:x"));

        Assert.False(added);
        Assert.Single(sut.CoShares);
    }

    [Fact]
    public void Add_CrowdInOneWindow_NewcomersBeyondTheCapGetNoCoShares()
    {
        var sut = new CoShareEngine(new CoordinationOptions { MaxAccountsPerObjectWindow = 3 });
        for (var i = 0; i < 5; i++)
            sut.Add(Share($"p{i}", $"acct{i}", i), Keys("sound:1"));

        // 3 accounts pair among themselves (3 pairs); the 4th and 5th would make it a crowd of 4 and 5.
        Assert.Equal(3, sut.CoShares.Count);
        Assert.DoesNotContain(sut.CoShares, c => c.Newer.Account is "acct3" or "acct4");
    }

    [Fact]
    public void Counts_ObjectUsedByMoreAccountsThanTheLookbackCap_IsDiscountedRetroactively()
    {
        var sut = new CoShareEngine(new CoordinationOptions { MaxAccountsPerObjectLookback = 4 });
        sut.Add(Share("p0", "a", 0), Keys("sound:1"));
        sut.Add(Share("p1", "b", 5), Keys("sound:1"));
        var early = Assert.Single(sut.CoShares);
        Assert.True(sut.Counts(early));

        for (var i = 2; i < 5; i++)
            sut.Add(Share($"p{i}", $"acct{i}", 3600 * i), Keys("sound:1"));

        Assert.True(sut.IsDiscounted(Key("sound:1")));
        Assert.False(sut.Counts(early));
    }

    [Fact]
    public void Counts_CoShareWithOneUndiscountedObject_StillCounts()
    {
        var sut = new CoShareEngine(new CoordinationOptions { MaxAccountsPerObjectLookback = 2 });
        sut.Add(Share("p0", "a", 0), Keys("sound:1", "caption:x"));
        sut.Add(Share("p1", "b", 5), Keys("sound:1", "caption:x"));
        sut.Add(Share("p2", "c", 3600), Keys("sound:1"));

        Assert.True(sut.IsDiscounted(Key("sound:1")));
        Assert.True(sut.Counts(Assert.Single(sut.CoShares)));
    }

    [Fact]
    public void ExpireBefore_PastTheLookback_ForgetsSharesAndCoShares()
    {
        var sut = new CoShareEngine(new CoordinationOptions());
        sut.Add(Share("p1", "a", 0), Keys("caption:x"));
        sut.Add(Share("p2", "b", 5), Keys("caption:x"));
        sut.Add(Share("p3", "c", 7200), Keys("caption:y"));

        sut.ExpireBefore(T0 + TimeSpan.FromHours(1));

        Assert.Empty(sut.CoShares);
        Assert.Equal(1, sut.ObjectCount);
        Assert.Equal(1, sut.ShareCount);
    }

    [Fact]
    public void Add_PostOlderThanTheExpiredLookback_IsIgnored()
    {
        var sut = new CoShareEngine(new CoordinationOptions());
        sut.ExpireBefore(T0 + TimeSpan.FromHours(1));

        Assert.False(sut.Add(Share("p1", "a", 0), Keys("caption:x")));
    }

    [Fact]
    public void Add_LatePostOlderThanTheNearTextLookback_PairsOnExactObjectsOnly()
    {
        var sut = new CoShareEngine(new CoordinationOptions { NearTextLookback = TimeSpan.FromHours(1) });
        sut.Add(Share("p1", "a", 0), Keys("sound:1", "text~:0:ab"));
        sut.Add(Share("p2", "b", 0), Keys("sound:2", "text~:0:cd"));
        sut.ExpireBefore(T0 + TimeSpan.FromHours(3) - TimeSpan.FromHours(24));

        sut.Add(Share("p3", "c", 10), Keys("sound:1", "text~:0:cd"));

        var coShare = Assert.Single(sut.CoShares);
        Assert.Equal("p1", coShare.Older.Key);
        Assert.Equal(["sound:1"], coShare.Objects.Select(o => o.Key));
    }

    [Theory]
    [InlineData("tiktok", "7300000000000001234", "https://www.tiktok.com/@alice/video/7300000000000001234")]
    [InlineData("tiktok", "7300000000000001234", "https://www.tiktok.com/@someone_else/video/7300000000000001234")]
    [InlineData("mastodon", "1234", "https://mastodon.social/@alice/1234")]
    [InlineData("tiktok", "99", null)]
    [InlineData("tiktok", "0123", "https://www.tiktok.com/@alice/video/0123")]
    [InlineData("tiktok", "73000000000000012345", "https://www.tiktok.com/@alice/video/73000000000000012345")]
    [InlineData("tiktok", "abc", "https://example.org/x?y=1")]
    public void CoShares_PostLinks_ReadBackAsTheyCameIn(string platform, string id, string? url)
    {
        var sut = new CoShareEngine(new CoordinationOptions());
        ObjectRef[] objects = [new(Key("caption:x").Id, ObjectKinds.Caption)];
        sut.Add(new PostIdentity("tiktok", "1"), "bob", "bob", T0.UtcTicks, null, [], null, objects);

        sut.Add(new PostIdentity(platform, id), "alice", "alice", T0.UtcTicks + TimeSpan.TicksPerSecond, url, [], null, objects);

        var newer = Assert.Single(sut.CoShares).Newer;
        Assert.Equal($"{platform}:{id}", newer.Key);
        Assert.Equal(url, newer.Url);
    }

    internal static SharedPost Share(string key, string account, int seconds) =>
        new(key, account, account, T0 + TimeSpan.FromSeconds(seconds), null, [], null);

    internal static IReadOnlyList<ObjectKey> Keys(params string[] keys) => [.. keys.Select(Key)];

    internal static ObjectKey Key(string key) => new(key, ObjectKeyBuilder.KindOf(key), key);
}
