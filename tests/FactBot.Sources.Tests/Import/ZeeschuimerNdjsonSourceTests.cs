using FactBot.Core.Posts;
using FactBot.Sources.Import;
using FactBot.Sources.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Sources.Tests.Import;

public sealed class ZeeschuimerNdjsonSourceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 4, 5, 0, 0, 0, TimeSpan.Zero));

    private Task<(ImportReport Report, List<Post> Posts)> ImportAsync() =>
        ExportDrain.RunAsync(new ZeeschuimerNdjsonSource(Samples.PathOf("Exports", "zeeschuimer.ndjson"), _time));

    [Fact]
    public async Task ReadAsync_Capture_ImportsItemsAndReportsBadLines()
    {
        var (report, posts) = await ImportAsync();

        Assert.Equal(6, report.RowsRead); // the blank line is no record
        Assert.Equal(["7070000000000000101", "7070000000000000102", "7070000000000000105"], posts.Select(p => p.PlatformPostId));
        Assert.Equal(["3", "4", "5"], report.Problems.Select(p => Samples.Shown(p.Position)));
        Assert.Contains("instagram.com, not TikTok", ExportDrain.ProblemAt(report, "3").Reason, StringComparison.Ordinal);
        Assert.Contains("not JSON", ExportDrain.ProblemAt(report, "4").Reason, StringComparison.Ordinal);
        Assert.Contains("no createTime", ExportDrain.ProblemAt(report, "5").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_EnvelopedItem_MapsTheTikTokWebFields()
    {
        var (_, posts) = await ImportAsync();

        var post = posts[0];
        Assert.Equal("tiktok", post.Platform);
        Assert.Equal(ZeeschuimerItemMapper.Source, post.Source);
        Assert.Equal("zeeuser", post.AuthorHandle); // the escaped NUL is gone
        Assert.Equal("Zee User", post.AuthorDisplayName);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1646488800), post.CreatedAt);
        Assert.Equal("Мир вам #донбасс @friend", post.Text);
        Assert.Equal(["донбасс", "mir"], post.Hashtags); // the mention is not a hashtag
        Assert.Equal(("7070000000000000999", "original sound - newsbot"), (post.SoundId, post.SoundTitle));
        Assert.Equal(["effect:63960564"], post.MediaFingerprints);
        Assert.Equal((11L, 2L, 3L, 400L), (post.Likes!.Value, post.Comments!.Value, post.Shares!.Value, post.Views!.Value));
        Assert.Equal("https://www.tiktok.com/@zeeuser/video/7070000000000000101", post.Url);
        Assert.DoesNotContain("source_platform", post.RawJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_BareItemWithStringAuthorAndStringCounts_IsRead()
    {
        var (_, posts) = await ImportAsync();

        var post = posts[1];
        Assert.Equal("bareauthor", post.AuthorHandle);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1646488900), post.CreatedAt);
        Assert.Equal("7070000000000000999", post.SoundId);
        Assert.Equal((5L, 99L), (post.Likes!.Value, post.Views!.Value));
    }

    [Fact]
    public async Task ReadAsync_RawNulByte_IsStrippedBeforeParsing()
    {
        var (_, posts) = await ImportAsync();

        Assert.Equal("raw  byte", posts[2].Text);
    }

    [Fact]
    public async Task ReadAsync_ResumeAfterALine_StartsOnTheNextLine()
    {
        var items = await Samples.ReadAllAsync(
            new ZeeschuimerNdjsonSource(Samples.PathOf("Exports", "zeeschuimer.ndjson"), _time), resumeAfter: "4");

        Assert.Equal(["5", "7"], items.Select(i => Samples.Shown(i.Position)));
    }
}
