using FactBot.Core.Posts;
using FactBot.Sources.Import;
using FactBot.Sources.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Sources.Tests.Import;

public sealed class FourCatTikTokCsvTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 4, 5, 0, 0, 0, TimeSpan.Zero));

    private Task<(ImportReport Report, List<Post> Posts)> ImportAsync(string file) =>
        ExportDrain.RunAsync(new CsvPostSource(Samples.PathOf("Exports", file), CsvFormat.FourCatTikTok, _time));

    [Fact]
    public async Task ReadAsync_Dataset_ImportsGoodRowsAndReportsBadOnes()
    {
        var (report, posts) = await ImportAsync("fourcat-tiktok.csv");

        Assert.Equal(6, report.RowsRead);
        Assert.Equal(["7070000000000000001", "7070000000000000002"], posts.Select(p => p.PlatformPostId));
        // Row 1's body and stickers span lines, so later rows start further down.
        Assert.Equal(["6", "7", "8", "9"], report.Problems.Select(p => p.Position.Split('@')[0]));
    }

    [Fact]
    public async Task ReadAsync_FullRow_MapsEveryField()
    {
        var (_, posts) = await ImportAsync("fourcat-tiktok.csv");

        var post = posts[0];
        Assert.Equal("tiktok", post.Platform);
        Assert.Equal(FourCatTikTokCsvMapper.Source, post.Source);
        Assert.Equal("newsbot", post.AuthorHandle);
        Assert.Equal("News Bot Official", post.AuthorDisplayName);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1646488800), post.CreatedAt);
        Assert.Equal("Мир #донбасс\nsecond line", post.Text);
        Assert.Equal(["донбасс", "mir"], post.Hashtags);
        Assert.Equal("7070000000000000999", post.SoundId);
        Assert.Equal("original sound - newsbot", post.SoundTitle);
        Assert.Equal((10L, 2L, 1L, 500L), (post.Likes!.Value, post.Comments!.Value, post.Shares!.Value, post.Views!.Value));
        Assert.Equal("https://www.tiktok.com/@newsbot/video/7070000000000000001", post.Url);
        Assert.Null(post.RegionCode); // location_created is where it was filmed, not the account's region
    }

    [Fact]
    public async Task ReadAsync_NoUnixTimestamp_ReadsTheUtcTimestampAndJoinsSoundAuthor()
    {
        var (_, posts) = await ImportAsync("fourcat-tiktok.csv");

        var post = posts[1];
        Assert.Equal(new DateTimeOffset(2022, 3, 5, 14, 1, 30, TimeSpan.Zero), post.CreatedAt);
        Assert.Equal("Song – Band", post.SoundTitle);
        Assert.Null(post.Likes);
        Assert.Equal(7, post.Views);
        Assert.Equal("https://www.tiktok.com/@second_author/video/7070000000000000002", post.Url);
    }

    [Theory]
    [InlineData("6", "no author")]
    [InlineData("7", "time 'yesterday'")]
    [InlineData("8", "scientific notation")]
    [InlineData("9", "likes 'lots' is not a whole number")]
    public async Task ReadAsync_BadRow_SaysWhy(string line, string reason)
    {
        var (report, _) = await ImportAsync("fourcat-tiktok.csv");

        var problem = ExportDrain.ProblemAt(report, line);
        Assert.StartsWith($"fourcat-tiktok.csv:{line}: ", problem.Reason, StringComparison.Ordinal);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_OlderExportWithFewerColumns_IsImported()
    {
        var (report, posts) = await ImportAsync("fourcat-tiktok-old.csv");

        Assert.Equal(2, report.Imported);
        Assert.Empty(report.Problems);
        Assert.Equal("olduser", posts[0].AuthorHandle);
        Assert.Equal(["war"], posts[0].Hashtags);
        Assert.Equal(new DateTimeOffset(2022, 2, 24, 5, 0, 0, TimeSpan.Zero), posts[0].CreatedAt);
        Assert.Equal(("7060000000000000900", "Sound"), (posts[1].SoundId, posts[1].SoundTitle));
    }
}
