using FactBot.Core.Abstractions;
using FactBot.Core.Posts;
using FactBot.TestKit.Posts;

namespace FactBot.Storage.Tests.Stores;

/// <summary>
/// What every <see cref="IPostStore"/> must do. Runs against LiteDB and the TestKit fake, so the fake other
/// projects test with cannot drift from the real store.
/// </summary>
public abstract class PostStoreContract
{
    protected static readonly DateTimeOffset T0 = PostBuilder.Epoch;

    protected abstract IPostStore CreateStore();

    [Fact]
    public async Task AddNewAsync_SameBatchTwice_SecondReturnsEmpty()
    {
        var sut = CreateStore();
        IReadOnlyList<Post> batch = [Post("1", T0), Post("2", T0.AddMinutes(1))];

        var first = await sut.AddNewAsync(batch);
        var second = await sut.AddNewAsync(batch);

        Assert.Equal(["tiktok:1", "tiktok:2"], Keys(first));
        Assert.Empty(second);
        Assert.Equal(2, await sut.CountAsync());
    }

    [Fact]
    public async Task AddNewAsync_DuplicateKeysInOneBatch_StoresTheFirstOnce()
    {
        var sut = CreateStore();

        var added = await sut.AddNewAsync([Post("1", T0, text: "first"), Post("2", T0), Post("1", T0, text: "second")]);

        Assert.Equal(["tiktok:1", "tiktok:2"], Keys(added));
        Assert.Equal("first", (await sut.GetAsync("tiktok:1"))!.Text);
        Assert.Equal(2, await sut.CountAsync());
    }

    [Fact]
    public async Task AddNewAsync_KnownAndNewMixed_ReturnsOnlyNewInInputOrder()
    {
        var sut = CreateStore();
        await sut.AddNewAsync([Post("2", T0)]);

        var added = await sut.AddNewAsync([Post("3", T0), Post("2", T0), Post("1", T0), Post("1", "mastodon", T0)]);

        Assert.Equal(["tiktok:3", "tiktok:1", "mastodon:1"], Keys(added));
    }

    [Fact]
    public async Task GetAsync_UnknownKey_ReturnsNull()
    {
        var sut = CreateStore();
        await sut.AddNewAsync([Post("1", T0)]);

        Assert.Null(await sut.GetAsync("tiktok:2"));
        Assert.Null(await sut.GetAsync("TIKTOK:1"));
    }

    [Fact]
    public async Task GetByTargetAsync_Hashtag_ReturnsPostsInHalfOpenRangeNewestFirstTiesByKey()
    {
        var sut = CreateStore();
        await sut.AddNewAsync(
        [
            Post("before", T0.AddTicks(-1), tags: ["a"]),
            Post("start", T0, tags: ["a", "b"]),
            Post("mid-y", T0.AddMinutes(5), tags: ["a"]),
            Post("mid-x", T0.AddMinutes(5), tags: ["x", "a"]),
            Post("other", T0.AddMinutes(6), tags: ["ab"]),
            Post("last", T0.AddHours(1).AddTicks(-1), tags: ["a"]),
            Post("end", T0.AddHours(1), tags: ["a"]),
        ]);

        var posts = await sut.GetByTargetAsync("#a", T0, T0.AddHours(1), limit: 10);

        Assert.Equal(["tiktok:last", "tiktok:mid-x", "tiktok:mid-y", "tiktok:start"], Keys(posts));
    }

    [Fact]
    public async Task GetByTargetAsync_Limit_KeepsTheNewest()
    {
        var sut = CreateStore();
        await sut.AddNewAsync([.. Enumerable.Range(0, 20).Select(i => Post($"p{i:D2}", T0.AddMinutes(i), tags: ["a"]))]);

        var posts = await sut.GetByTargetAsync("#a", T0, T0.AddDays(1), limit: 3);

        Assert.Equal(["tiktok:p19", "tiktok:p18", "tiktok:p17"], Keys(posts));
    }

    [Fact]
    public async Task GetByTargetAsync_Sound_MatchesTheSoundIdOnly()
    {
        var sut = CreateStore();
        await sut.AddNewAsync(
        [
            Post("1", T0, sound: "123"),
            Post("2", T0.AddMinutes(1), sound: "1234"),
            Post("3", T0.AddMinutes(2), tags: ["123"]),
            Post("4", T0.AddMinutes(3), sound: "123"),
        ]);

        var posts = await sut.GetByTargetAsync("sound:123", T0, T0.AddDays(1), limit: 10);

        Assert.Equal(["tiktok:4", "tiktok:1"], Keys(posts));
    }

    [Fact]
    public async Task GetByTargetAsync_Keyword_MatchesTextIgnoringCaseWithinRange()
    {
        var sut = CreateStore();
        await sut.AddNewAsync(
        [
            Post("1", T0, text: "Ballot FRAUD claims"),
            Post("2", T0.AddMinutes(1), text: "nothing here"),
            Post("3", T0.AddMinutes(2), text: "more ballot fraud"),
            Post("4", T0.AddDays(2), text: "ballot fraud later"),
        ]);

        var posts = await sut.GetByTargetAsync("kw:ballot fraud", T0, T0.AddDays(1), limit: 10);

        Assert.Equal(["tiktok:3", "tiktok:1"], Keys(posts));
    }

    [Fact]
    public async Task GetByTargetAsync_ZeroLimitOrEmptyRange_ReturnsNothing()
    {
        var sut = CreateStore();
        await sut.AddNewAsync([Post("1", T0, tags: ["a"])]);

        Assert.Empty(await sut.GetByTargetAsync("#a", T0, T0.AddHours(1), limit: 0));
        Assert.Empty(await sut.GetByTargetAsync("#a", T0, T0, limit: 10));
        Assert.Empty(await sut.GetByTargetAsync("#a", T0.AddHours(1), T0, limit: 10));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => sut.GetByTargetAsync("#a", T0, T0.AddHours(1), limit: -1));
    }

    [Fact]
    public async Task GetByAuthorAsync_ReturnsThatAccountOnThatPlatformNewestFirst()
    {
        var sut = CreateStore();
        await sut.AddNewAsync(
        [
            Post("1", T0, author: "ann"),
            Post("2", T0.AddMinutes(2), author: "ann"),
            Post("3", T0.AddMinutes(1), author: "anna"),
            Post("4", "mastodon", T0.AddMinutes(3), author: "ann"),
            Post("5", T0.AddMinutes(4), author: "an"),
            Post("6", T0.AddMinutes(1), author: "ann"),
        ]);

        var all = await sut.GetByAuthorAsync("tiktok", "ann", limit: 10);
        var newest = await sut.GetByAuthorAsync("tiktok", "ann", limit: 2);

        Assert.Equal(["tiktok:2", "tiktok:6", "tiktok:1"], Keys(all));
        Assert.Equal(["tiktok:2", "tiktok:6"], Keys(newest));
    }

    [Fact]
    public async Task GetCreatedBetweenAsync_ReturnsHalfOpenRangeOldestFirstTiesByKey()
    {
        var sut = CreateStore();
        await sut.AddNewAsync(
        [
            Post("end", T0.AddHours(1)),
            Post("b", T0.AddMinutes(1)),
            Post("a", T0.AddMinutes(1)),
            Post("start", T0),
            Post("before", T0.AddTicks(-1)),
        ]);

        var posts = await sut.GetCreatedBetweenAsync(T0, T0.AddHours(1));

        Assert.Equal(["tiktok:start", "tiktok:a", "tiktok:b"], Keys(posts));
    }

    [Fact]
    public async Task DeleteAsync_CountsOnlyPostsThatExisted()
    {
        var sut = CreateStore();
        await sut.AddNewAsync([Post("1", T0), Post("2", T0), Post("3", T0)]);

        var deleted = await sut.DeleteAsync(["tiktok:1", "tiktok:3", "tiktok:3", "tiktok:9"]);

        Assert.Equal(2, deleted);
        Assert.Equal(1, await sut.CountAsync());
        Assert.NotNull(await sut.GetAsync("tiktok:2"));
    }

    [Fact]
    public async Task DeleteCreatedBeforeAsync_KeepsPostsAtOrAfterTheCutoff()
    {
        var sut = CreateStore();
        await sut.AddNewAsync([Post("old", T0.AddTicks(-1), tags: ["a"]), Post("edge", T0, tags: ["a"]), Post("new", T0.AddDays(1))]);

        var deleted = await sut.DeleteCreatedBeforeAsync(T0);

        Assert.Equal(1, deleted);
        Assert.Equal(["tiktok:edge", "tiktok:new"], Keys(await sut.GetCreatedBetweenAsync(T0.AddDays(-1), T0.AddDays(2))));
        Assert.Equal(["tiktok:edge"], Keys(await sut.GetByTargetAsync("#a", T0.AddDays(-1), T0.AddDays(1), 10)));
    }

    [Fact]
    public async Task AddNewAsync_AfterDelete_AcceptsTheKeyAgain()
    {
        var sut = CreateStore();
        await sut.AddNewAsync([Post("1", T0)]);
        await sut.DeleteAsync(["tiktok:1"]);

        var added = await sut.AddNewAsync([Post("1", T0)]);

        Assert.Single(added);
    }

    [Fact]
    public async Task Sequence_NumbersStoredPostsConsecutivelyInAddOrder_SkippingDuplicates()
    {
        var sut = CreateStore();
        Assert.Equal(0, await sut.LastSequenceAsync());

        await sut.AddNewAsync([Post("b", T0.AddMinutes(1)), Post("a", T0)]);
        await sut.AddNewAsync([Post("a", T0), Post("c", T0.AddMinutes(-5)), Post("c", T0)]);

        var read = await sut.ReadAfterSequenceAsync(0, 10);
        Assert.Equal([(1L, "tiktok:b"), (2L, "tiktok:a"), (3L, "tiktok:c")], read.Select(p => (p.Sequence, p.Post.Key)));
        Assert.Equal(3, await sut.LastSequenceAsync());
    }

    [Fact]
    public async Task Sequence_AfterDeletingTheNewest_IsNotReused()
    {
        var sut = CreateStore();
        await sut.AddNewAsync([Post("1", T0), Post("2", T0)]);
        await sut.DeleteAsync(["tiktok:2"]);

        await sut.AddNewAsync([Post("2", T0), Post("3", T0)]);

        var read = await sut.ReadAfterSequenceAsync(0, 10);
        Assert.Equal([(1L, "tiktok:1"), (3L, "tiktok:2"), (4L, "tiktok:3")], read.Select(p => (p.Sequence, p.Post.Key)));
        Assert.Equal(4, await sut.LastSequenceAsync());
    }

    [Fact]
    public async Task ReadAfterSequenceAsync_PagesThroughEveryPostOnce()
    {
        var sut = CreateStore();
        for (var b = 0; b < 5; b++)
            await sut.AddNewAsync([.. Enumerable.Range(b * 7, 7).Select(i => Post($"p{i}", T0.AddSeconds(-i)))]);
        await sut.DeleteAsync(["tiktok:p3"]);

        var seen = new List<string>();
        long after = 0;
        while (await sut.ReadAfterSequenceAsync(after, 4) is { Count: > 0 } page)
        {
            Assert.True(page.Count <= 4);
            Assert.True(page[0].Sequence > after);
            seen.AddRange(page.Select(p => p.Post.Key));
            after = page[^1].Sequence;
        }

        Assert.Equal(Enumerable.Range(0, 35).Where(i => i != 3).Select(i => $"tiktok:p{i}"), seen);
        Assert.Empty(await sut.ReadAfterSequenceAsync(0, 0));
        Assert.Empty(await sut.ReadAfterSequenceAsync(35, 10));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => sut.ReadAfterSequenceAsync(0, -1));
    }

    [Fact]
    public async Task GetByTargetAsync_TiesAtTheLimit_KeepTheLowestKeys()
    {
        var sut = CreateStore();
        await sut.AddNewAsync([Post("d", T0, tags: ["a"]), Post("b", T0, tags: ["a"]), Post("c", T0, tags: ["a"]), Post("a", T0.AddTicks(-1), tags: ["a"])]);

        Assert.Equal(["tiktok:b", "tiktok:c"], Keys(await sut.GetByTargetAsync("#a", T0.AddDays(-1), T0.AddDays(1), 2)));
        Assert.Equal(["tiktok:b", "tiktok:c", "tiktok:d", "tiktok:a"], Keys(await sut.GetByTargetAsync("#a", T0.AddDays(-1), T0.AddDays(1), 9)));
    }

    private static Post Post(
        string id,
        DateTimeOffset at,
        string author = "someone",
        string text = "",
        IReadOnlyList<string>? tags = null,
        string? sound = null) =>
        PostBuilder.Create(id, author, at, text, tags, sound);

    private static Post Post(string id, string platform, DateTimeOffset at, string author = "someone") =>
        PostBuilder.Create(id, author, at, platform: platform);

    private static IEnumerable<string> Keys(IEnumerable<Post> posts) => posts.Select(p => p.Key);
}
