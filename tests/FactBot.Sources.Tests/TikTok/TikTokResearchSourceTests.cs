using FactBot.Core.Sources;
using FactBot.Sources.Tests.Support;
using FactBot.Sources.Tests.TikTok.Support;
using FactBot.Sources.TikTok;
using FactBot.Sources.TikTok.Planning;
using FactBot.Sources.TikTok.Queries;

namespace FactBot.Sources.Tests.TikTok;

public sealed class TikTokResearchSourceTests : IDisposable
{
    private static readonly TikTokQuery Donbas = TikTokQuery.Empty.And(TikTokField.HashtagName, "donbas");
    private readonly TikTokHarness _harness = new();

    private TikTokResearchSource Source(TikTokCursor? start = null, int budget = 20) =>
        new(Donbas, start ?? TikTokCursor.Start, _harness.Fetcher, new RequestBudget(budget), _harness.Options, _harness.Time);

    private void ScriptFixturePages()
    {
        _harness.Api.Script(200, "videos-page-1.json");
        _harness.Api.Script(200, "videos-page-2-empty.json");
        _harness.Api.Script(200, "videos-page-3-last.json");
    }

    [Fact]
    public async Task Read_EmptyAndShortPages_PagesOnUntilHasMoreIsFalse()
    {
        ScriptFixturePages();
        var sut = Source();

        var items = await Samples.ReadAllAsync(sut, progress: true);

        Assert.Equal(7, items.Count);
        Assert.Equal(4, items.Count(i => i.Post is not null));
        // The empty page yields no record, only where the cursor went, so the pipeline's checkpoint moves past it.
        var progress = Assert.Single(items, i => i.Post is null && i.Error is null && i.CompleteThrough is null);
        // The completed window settles nothing newer than the API's lag allows: the watermark says so.
        Assert.Equal(TikTokCursor.Parse(items[^1].Position)!.Covered, DateOnly.FromDateTime(items[^1].CompleteThrough!.Value.UtcDateTime));
        Assert.Equal(6, TikTokCursor.Parse(progress.Position)!.Offset);
        Assert.Equal([0, 3, 6], _harness.Api.Queries.Select(q => q.Cursor));
        Assert.Equal([null, "7354367454467855403", "7354367454467855403"], _harness.Api.Queries.Select(q => q.SearchId));
        Assert.Equal(1, sut.WindowsCompleted);
        Assert.Null(sut.Failure);
        Assert.Null(sut.Final.Window);
    }

    [Fact]
    public async Task Read_FixtureQuirks_MapsToPostsFaithfully()
    {
        ScriptFixturePages();

        var posts = (await Samples.ReadAllAsync(Source())).Where(i => i.Post is not null).Select(i => i.Post!).ToList();

        Assert.Equal(["73207681965695992750", "7320768196569599276", "7320768196569599277", "7320768196569599280"], posts.Select(p => p.PlatformPostId));
        Assert.All(posts, p => Assert.Equal("tiktok-research", p.Source));
        Assert.Equal("7320768196569599275", posts[0].SoundId);
        Assert.Null(posts[0].Likes);
        Assert.Equal(1200, posts[0].Views);
        Assert.Equal([null, null, null, null], new long?[] { posts[1].Likes, posts[1].Views, posts[1].Shares, posts[1].Comments });
        Assert.Equal(0, posts[2].Likes);
        Assert.Equal("nul_user", posts[3].AuthorHandle);
        Assert.Equal(["غزة", "فلسطين"], posts[3].Hashtags);
    }

    [Fact]
    public async Task Read_MalformedVideo_IsReportedWithItsPlaceAndSkipped()
    {
        ScriptFixturePages();

        var items = await Samples.ReadAllAsync(Source());

        var malformed = Assert.Single(items, i => i.Error is not null);
        Assert.Contains("video 2", malformed.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("create_time", malformed.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ResumeMidPage_RefetchesThePageWithItsSearchIdAndSkipsWhatWasEmitted()
    {
        ScriptFixturePages();
        var first = await Samples.ReadAllAsync(Source());
        ScriptFixturePages();

        var resumed = await Samples.ReadAllAsync(Source(), first[1].Position);

        Assert.Equal(first.Skip(2).Select(i => i.Position), resumed.Select(i => i.Position));
        Assert.Equal("7320768196569599277", resumed[0].Post!.PlatformPostId);
        var refetch = _harness.Api.Queries[3];
        Assert.Equal((0, "7354367454467855403"), (refetch.Cursor, refetch.SearchId));
    }

    [Fact]
    public async Task Read_ResumeAfterAPagesLastVideo_GoesStraightToTheNextPage()
    {
        ScriptFixturePages();
        var first = await Samples.ReadAllAsync(Source());
        _harness.Api.Script(200, "videos-page-2-empty.json");
        _harness.Api.Script(200, "videos-page-3-last.json");

        var resumed = await Samples.ReadAllAsync(Source(), first[2].Position, progress: true);

        Assert.Equal(2, resumed.Count(i => i.Post is not null || i.Error is not null));
        Assert.Single(resumed, i => i.Post is null && i.Error is null && i.CompleteThrough is null);
        Assert.Equal(3, _harness.Api.Queries[3].Cursor);
    }

    [Fact]
    public async Task Read_SearchIdGoneThroughEveryRetry_RestartsTheWindow()
    {
        var ids = _harness.AddVideos("donbas", 15, TimeSpan.FromHours(6));
        var window = new TikTokWindow(new DateOnly(2024, 3, 14), new DateOnly(2024, 3, 20));
        var sut = Source(new TikTokCursor(Window: window, SearchId: "search-expired", Offset: 10));

        var items = await Samples.ReadAllAsync(sut, progress: true);

        Assert.Equal(1, sut.WindowRestarts);
        Assert.Equal(Enumerable.Repeat(_harness.Options.SearchIdRetryDelay, _harness.Options.SearchIdRetries), _harness.Time.Waits);
        Assert.Equal(ids.Order(StringComparer.Ordinal), items.Where(i => i.Post is not null).Select(i => i.Post!.PlatformPostId).Order(StringComparer.Ordinal));
        // The restart is a position of its own: a checkpoint taken before the next page does not send the expired id again.
        var restart = TikTokCursor.Parse(items[0].Position)!;
        Assert.Null(items[0].Post);
        Assert.Equal((window, null, 0), (restart.Window, restart.SearchId, restart.Offset));
    }

    [Fact]
    public async Task Read_BudgetRunsOut_StopsCleanlyWhereTheNextPageStarts()
    {
        _harness.AddVideos("donbas", 35, TimeSpan.FromHours(3));
        var sut = Source(budget: 2);

        var items = await Samples.ReadAllAsync(sut, progress: true);

        Assert.Equal(20, items.Count);
        Assert.Equal(2, _harness.Api.Queries.Count);
        Assert.Null(sut.Failure);
        Assert.Equal(20, sut.Final.Offset);
        Assert.Equal(items[^1].Position, sut.Final.Format());
    }

    [Fact]
    public async Task Read_UnreadablePosition_StartsFromTheCursorItWasGiven()
    {
        // The poller plans from the same checkpoint: it logs an unreadable one and creates the source at the start.
        ScriptFixturePages();

        var items = await Samples.ReadAllAsync(Source(), "page-001.json#page1");

        Assert.Equal(4, items.Count(i => i.Post is not null));
        Assert.Equal(0, _harness.Api.Queries[0].Cursor);
    }

    public void Dispose() => _harness.Dispose();
}
