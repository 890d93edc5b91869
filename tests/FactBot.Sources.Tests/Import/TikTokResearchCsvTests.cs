using FactBot.Core.Posts;
using FactBot.Sources.Import;
using FactBot.Sources.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Sources.Tests.Import;

public sealed class TikTokResearchCsvTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 4, 5, 0, 0, 0, TimeSpan.Zero));

    private CsvPostSource Source(string file) => new(Samples.PathOf("Exports", file), CsvFormat.TikTokResearch, _time);

    private static Post ById(List<Post> posts, string id) => Assert.Single(posts, p => p.PlatformPostId == id);

    [Fact]
    public async Task ReadAsync_PandasDump_ImportsGoodRowsAndReportsEveryBadOne()
    {
        var (report, posts) = await ExportDrain.RunAsync(Source("tiktok-research.csv"));

        Assert.Equal(9, report.RowsRead);
        Assert.Equal(4, report.Imported);
        Assert.Equal(["4", "6", "7", "8", "9"], report.Problems.Select(p => p.Position.Split('@')[0]));
        Assert.Equal(
            ["73207681965695992750", "7320768196569599276", "7320768196569599278", "7320768196569599283"],
            posts.Select(p => p.PlatformPostId));
    }

    [Fact]
    public async Task ReadAsync_PythonReprLists_AndTwentyDigitId_AreKeptExactly()
    {
        var (_, posts) = await ExportDrain.RunAsync(Source("tiktok-research.csv"));

        var post = ById(posts, "73207681965695992750");
        Assert.Equal("tiktok", post.Platform);
        Assert.Equal(TikTokResearchCsvMapper.Source, post.Source);
        Assert.Equal("news_ru", post.AuthorHandle);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1704499196), post.CreatedAt);
        Assert.Equal("Давай за мир, #давайзамир", post.Text);
        Assert.Equal(["давайзамир", "донбасс"], post.Hashtags);
        Assert.Equal("7320768196569599275", post.SoundId);
        Assert.Equal(["effect:63960564"], post.MediaFingerprints);
        Assert.Equal("RU", post.RegionCode);
        Assert.Equal("https://www.tiktok.com/@news_ru/video/73207681965695992750", post.Url);
    }

    [Fact]
    public async Task ReadAsync_Counts_FloatsAreWholeAndMissingIsNullNotZero()
    {
        var (_, posts) = await ExportDrain.RunAsync(Source("tiktok-research.csv"));

        var pandas = ById(posts, "73207681965695992750");
        Assert.Equal((3L, 1200L, 55L), (pandas.Shares!.Value, pandas.Views!.Value, pandas.Likes!.Value));
        Assert.Null(pandas.Comments);
        var zero = ById(posts, "7320768196569599278");
        Assert.Equal(0, zero.Shares);
    }

    [Fact]
    public async Task ReadAsync_JsonAndCommaJoinedLists_AreParsed()
    {
        var (_, posts) = await ExportDrain.RunAsync(Source("tiktok-research.csv"));

        var json = ById(posts, "7320768196569599276");
        Assert.Equal(["donbass", "mir"], json.Hashtags);
        Assert.Empty(json.MediaFingerprints); // effect "0" is no effect
        var joined = ById(posts, "7320768196569599278");
        Assert.Equal(["mir", "peace", "donbass"], joined.Hashtags);
        Assert.Equal(["effect:63960564"], joined.MediaFingerprints);
        Assert.Equal("a transcript", joined.Transcript);
    }

    [Fact]
    public async Task ReadAsync_UnknownColumns_StayInTheRawRecord()
    {
        var (_, posts) = await ExportDrain.RunAsync(Source("tiktok-research.csv"));

        Assert.Contains("\"is_stem_verified\":\"True\"", ById(posts, "7320768196569599276").RawJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4", "scientific notation")]
    [InlineData("6", "hashtag_names is not a list")]
    [InlineData("7", "no username")]
    [InlineData("8", "unquoted comma shifted the columns")]
    [InlineData("9", "share_count 'many' is not a whole number")]
    public async Task ReadAsync_BadRow_ReasonNamesFileLineAndCell(string line, string reason)
    {
        var (report, _) = await ExportDrain.RunAsync(Source("tiktok-research.csv"));

        var problem = ExportDrain.ProblemAt(report, line);
        Assert.StartsWith($"tiktok-research.csv:{line}: ", problem.Reason, StringComparison.Ordinal);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_TraktokColumnNames_AreAliases()
    {
        var (report, posts) = await ExportDrain.RunAsync(Source("tiktok-research-traktok.csv"));

        Assert.Equal(2, report.Imported);
        var first = ById(posts, "7320768196569599300");
        Assert.Equal("traktokuser", first.AuthorHandle);
        Assert.Equal(new DateTimeOffset(2024, 1, 5, 23, 59, 56, TimeSpan.Zero), first.CreatedAt);
        Assert.Equal(["mir", "donbass"], first.Hashtags);
        Assert.Equal(12, first.Likes);
        Assert.Equal(new DateTimeOffset(2024, 1, 6, 0, 0, 0, TimeSpan.Zero), ById(posts, "7320768196569599301").CreatedAt);
        Assert.Contains("music_id '7.00E+18' is in scientific notation", ExportDrain.ProblemAt(report, "4").Reason, StringComparison.Ordinal);
        Assert.Contains("create_date 'soon'", ExportDrain.ProblemAt(report, "5").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_NulInUsername_IsRemoved()
    {
        using var dir = new TempDir();
        var path = dir.File("nul.csv", "id,username,create_time\n7320768196569599275,\"ab\0\0cd\",1704499196\n");

        var (_, posts) = await ExportDrain.RunAsync(new CsvPostSource(path, CsvFormat.TikTokResearch, _time));

        Assert.Equal("abcd", Assert.Single(posts).AuthorHandle);
    }

    [Fact]
    public async Task ReadAsync_ResumeAfterALine_StartsOnTheNextRow()
    {
        var all = await Samples.ReadAllAsync(Source("tiktok-research.csv"));
        var fifth = all.Single(i => i.Position.StartsWith("5@", StringComparison.Ordinal)).Position;

        var resumed = await Samples.ReadAllAsync(Source("tiktok-research.csv"), resumeAfter: fifth);
        var legacy = await Samples.ReadAllAsync(Source("tiktok-research.csv"), resumeAfter: "5");

        Assert.Equal(["6", "7", "8", "9", "10"], resumed.Select(i => i.Position.Split('@')[0]));
        Assert.Equal(resumed.Select(i => i.Position), legacy.Select(i => i.Position));
    }

    [Fact]
    public async Task ReadAsync_HeaderWithoutRequiredColumns_IsOneProblem()
    {
        using var dir = new TempDir();
        var path = dir.File("partial.csv", "id,video_description\n1,x\n");

        var items = await Samples.ReadAllAsync(new CsvPostSource(path, CsvFormat.TikTokResearch, _time));

        var item = Assert.Single(items);
        Assert.Contains("lacks columns", item.Error!.Message, StringComparison.Ordinal);
    }
}
