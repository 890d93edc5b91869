using FactBot.Core.Sources;
using FactBot.Sources.Import;
using FactBot.Sources.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Sources.Tests.Import;

public sealed class TikTokResearchPageSourceTests
{
    private static readonly DateTimeOffset Now = new(2024, 4, 5, 13, 30, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);

    private Task<List<SourceItem>> ReadAsync(string path, string? resumeAfter = null) =>
        Samples.ReadAllAsync(new TikTokResearchPageSource(path, _time), resumeAfter);

    private static string Page(int n) => Samples.PathOf("TikTok", $"page-00{n}.json");

    [Fact]
    public async Task ReadAsync_TwentyDigitId_IsKeptExactlyAsText()
    {
        var items = await ReadAsync(Page(1));

        var post = items[0].Post!;
        Assert.Equal("73207681965695992750", post.PlatformPostId);
        Assert.Equal("tiktok:73207681965695992750", post.Key);
        Assert.Equal("7320768110225361697", post.SoundId);
        Assert.Equal("https://www.tiktok.com/@sputnik.by/video/73207681965695992750", post.Url);
    }

    [Fact]
    public async Task ReadAsync_NumericAndStringMusicIds_AreTheSameSound()
    {
        var items = await ReadAsync(Page(1));

        Assert.Equal(items[0].Post!.SoundId, items[1].Post!.SoundId);
    }

    [Fact]
    public async Task ReadAsync_Video_MapsEveryField()
    {
        var items = await ReadAsync(Page(1));

        var post = items[0].Post!;
        Assert.Equal("tiktok", post.Platform);
        Assert.Equal("import:tiktok-research", post.Source);
        Assert.Equal("sputnik.by", post.AuthorKey);
        Assert.Equal("sputnik.by", post.AuthorHandle);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1704499196), post.CreatedAt);
        Assert.Equal(Now, post.ObservedAt);
        Assert.Equal("Мир вместо войны #ДавайЗаМир #news", post.Text);
        Assert.Equal(["давайзамир", "news", "🕊️"], post.Hashtags);
        Assert.Equal("BY", post.RegionCode);
        Assert.Equal(12, post.Comments);
        Assert.Equal(0, post.Shares);
        Assert.Equal(1500, post.Views);
        Assert.Equal("мир вместо войны", post.Transcript);
        Assert.Equal(["effect:63960564"], post.MediaFingerprints);
        Assert.Contains("73207681965695992750", post.RawJson, StringComparison.Ordinal);
        Assert.StartsWith("{", post.RawJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_AbsentLikeCount_IsNullButZeroIsZero()
    {
        var items = await ReadAsync(Page(1));

        Assert.Null(items[0].Post!.Likes);
        Assert.Equal(0, items[1].Post!.Likes);
    }

    [Fact]
    public async Task ReadAsync_OnlyNoEffect_GivesNoFingerprints()
    {
        var items = await ReadAsync(Page(1));

        Assert.Empty(items[1].Post!.MediaFingerprints);
    }

    [Fact]
    public async Task ReadAsync_IdIsAnObject_ReportsFileAndPositionAndImportsTheRest()
    {
        var items = await ReadAsync(Page(1));

        Assert.Equal(
            ["page-001.json#page1:video1", "page-001.json#page1:video2", "page-001.json#page1:video3", "page-001.json#page1:video4"],
            items.Select(item => Samples.Shown(item.Position)));
        var error = items[2].Error!;
        Assert.StartsWith("page-001.json#page1:video3: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("id is an object", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, items.Count(item => item.Post is not null));
    }

    [Fact]
    public async Task ReadAsync_VideoIdAlias_IsThePostId()
    {
        var items = await ReadAsync(Page(1));

        Assert.Equal("7320768196569599277", items[3].Post!.PlatformPostId);
        Assert.Equal(5, items[3].Post!.Likes);
    }

    [Fact]
    public async Task ReadAsync_EmptyPageWithHasMore_YieldsNothing()
    {
        Assert.Empty(await ReadAsync(Page(2)));
    }

    [Fact]
    public async Task ReadAsync_ApiErrorPage_IsOneMalformedItemNamingCodeAndMessage()
    {
        var item = Assert.Single(await ReadAsync(Page(3)));

        Assert.Equal("page-003.json#page1", Samples.Shown(item.Position));
        Assert.Contains("invalid_params", item.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("Search Id 7354367454467855403 is invalid or expired", item.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_UsernameWithNul_IsStripped()
    {
        var items = await ReadAsync(Page(4));

        Assert.Equal("statemedia", items[0].Post!.AuthorHandle);
        Assert.Equal("https://www.tiktok.com/@statemedia/video/7320768196569599300", items[0].Post!.Url);
    }

    [Fact]
    public async Task ReadAsync_MissingCreateTime_IsMalformedAndNumericStringsAreAccepted()
    {
        var items = await ReadAsync(Page(4));

        Assert.Contains("create_time", items[1].Error!.Message, StringComparison.Ordinal);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1704500002), items[2].Post!.CreatedAt);
        Assert.Equal(42, items[2].Post!.Views);
    }

    [Fact]
    public async Task ReadAsync_Directory_ReadsPagesInNameOrderPastAnErrorPage()
    {
        var items = await ReadAsync(Samples.PathOf("TikTok"));

        Assert.Equal(
            ["page-001.json#page1:video1", "page-001.json#page1:video2", "page-001.json#page1:video3", "page-001.json#page1:video4",
             "page-003.json#page1", "page-004.json#page1:video1", "page-004.json#page1:video2", "page-004.json#page1:video3"],
            items.Select(item => Samples.Shown(item.Position)));
    }

    [Fact]
    public async Task ReadAsync_PagePerLine_UsesLineNumbersAsPages()
    {
        var items = await ReadAsync(Samples.PathOf("TikTok", "pages.jsonl"));

        Assert.Equal(
            ["pages.jsonl#page1:video1", "pages.jsonl#page1:video2", "pages.jsonl#page1:video3", "pages.jsonl#page1:video4",
             "pages.jsonl#page4", "pages.jsonl#page5:video1", "pages.jsonl#page5:video2", "pages.jsonl#page5:video3"],
            items.Select(item => Samples.Shown(item.Position)));
        Assert.Equal("73207681965695992750", items[0].Post!.PlatformPostId);
    }

    [Theory]
    [InlineData("page-001.json#page1:video2", "page-001.json#page1:video3")]
    [InlineData("page-001.json#page1", "page-003.json#page1")]
    [InlineData("page-003.json#page1", "page-004.json#page1:video1")]
    [InlineData("page-004.json#page1:video2", "page-004.json#page1:video3")]
    public async Task ReadAsync_ResumeAfterInDirectory_StartsJustAfterIt(string resumeAfter, string firstExpected)
    {
        var items = await ReadAsync(Samples.PathOf("TikTok"), resumeAfter);

        Assert.Equal(firstExpected, Samples.Shown(items[0].Position));
    }

    [Fact]
    public async Task ReadAsync_ResumeAfterTheLastVideo_YieldsNothing()
    {
        Assert.Empty(await ReadAsync(Samples.PathOf("TikTok", "pages.jsonl"), "pages.jsonl#page5:video3"));
    }

    [Fact]
    public async Task ReadAsync_ResumeAfterInPageLines_SkipsEarlierLines()
    {
        var items = await ReadAsync(Samples.PathOf("TikTok", "pages.jsonl"), "pages.jsonl#page1:video4");

        Assert.Equal("pages.jsonl#page4", Samples.Shown(items[0].Position));
    }

    [Fact]
    public async Task ReadAsync_ResumeFromAnotherSource_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => ReadAsync(Page(1), "17"));
    }

    [Theory]
    [InlineData("""{"id":7.3207681965696e18,"create_time":1,"username":"u"}""", "scientific notation")]
    [InlineData("""{"id":"-5","create_time":1,"username":"u"}""", "not an integer id")]
    [InlineData("""{"id":1,"create_time":1.5,"username":"u"}""", "create_time")]
    [InlineData("""{"id":1,"create_time":1,"username":42}""", "username")]
    [InlineData("""{"id":1,"create_time":1,"username":"u","like_count":"many"}""", "like_count")]
    [InlineData("""{"id":1,"create_time":1,"username":"u","hashtag_names":"news"}""", "hashtag_names")]
    [InlineData("""{"create_time":1,"username":"u"}""", "no id")]
    [InlineData("""{"id":1,"create_time":1}""", "no username")]
    [InlineData("""{"id":1,"create_time":1,"username":"\u0000"}""", "no username")]
    [InlineData("""{"id":1,"create_time":99999999999999,"username":"u"}""", "out of range")]
    [InlineData("""[1]""", "not an object")]
    public async Task ReadAsync_BadVideo_IsMalformedWithTheReason(string video, string reason)
    {
        using var dir = new TempDir();
        var path = dir.File("one.json", """{"data":{"videos":[""" + video + """],"has_more":false},"error":{"code":"ok"}}""");

        var item = Assert.Single(await ReadAsync(path));

        Assert.Equal("one.json#page1:video1", Samples.Shown(item.Position));
        Assert.Contains(reason, item.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{not json", "not JSON")]
    [InlineData("""{"error":{"code":"ok"}}""", "no 'data' object")]
    [InlineData("""{"data":{"videos":{}}}""", "not an array")]
    public async Task ReadAsync_BadPage_IsOneMalformedItem(string page, string reason)
    {
        using var dir = new TempDir();
        var path = dir.File("bad.json", page);

        var item = Assert.Single(await ReadAsync(path));

        Assert.Equal("bad.json#page1", Samples.Shown(item.Position));
        Assert.Contains(reason, item.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_GzipPage_IsRead()
    {
        using var dir = new TempDir();
        var gz = dir.Combine("page-001.json.gz");
        Samples.Gzip(Page(1), gz);

        var items = await ReadAsync(gz);

        Assert.Equal("73207681965695992750", items[0].Post!.PlatformPostId);
        Assert.Equal("page-001.json.gz#page1:video1", Samples.Shown(items[0].Position));
    }
}
