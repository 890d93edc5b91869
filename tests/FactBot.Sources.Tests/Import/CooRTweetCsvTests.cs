using FactBot.Core.Posts;
using FactBot.Sources.Import;
using FactBot.Sources.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Sources.Tests.Import;

public sealed class CooRTweetCsvTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 4, 5, 0, 0, 0, TimeSpan.Zero));

    private Task<(ImportReport Report, List<Post> Posts)> ImportAsync(string path) =>
        ExportDrain.RunAsync(new CsvPostSource(path, CsvFormat.CooRTweet, _time));

    [Fact]
    public async Task ReadAsync_Rows_BecomePostsWithTheObjectAsFingerprint()
    {
        var (_, posts) = await ImportAsync(Samples.PathOf("Exports", "coortweet.csv"));

        var post = posts[0];
        Assert.Equal("import", post.Platform);
        Assert.Equal(CooRTweetCsvMapper.Source, post.Source);
        Assert.Equal("c1000000000000000000000000000001", post.PlatformPostId);
        Assert.Equal("a1000000000000000000000000000001", post.AuthorKey);
        Assert.Equal("a1000000000000000000000000000001", post.AuthorHandle);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1625097600), post.CreatedAt);
        Assert.Equal(["object:9f1c0000000000000000000000000001"], post.MediaFingerprints);
        Assert.Equal("", post.Text);
    }

    [Fact]
    public async Task ReadAsync_File_ReportsReadImportedDuplicateAndSkipped()
    {
        var (report, posts) = await ImportAsync(Samples.PathOf("Exports", "coortweet.csv"));

        Assert.Equal(6, report.RowsRead);
        Assert.Equal(3, report.Imported);
        Assert.Equal(1, report.Duplicates); // content c…01 shares a second object
        Assert.Equal(3, posts.Count);
        Assert.Contains("no account_id", ExportDrain.ProblemAt(report, "5").Reason, StringComparison.Ordinal);
        Assert.Contains("timestamp_share '2021-07-01 00:00:00' is not unix seconds", ExportDrain.ProblemAt(report, "6").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ColumnsInAnyOrderWithExtras_AreFound()
    {
        using var dir = new TempDir();
        var path = dir.File("x.csv", "timestamp_share,note,content_id,object_id,account_id\n1625097600,hi,c9,o9,a9\n");

        var (_, posts) = await ImportAsync(path);

        var post = Assert.Single(posts);
        Assert.Equal(("c9", "a9", "object:o9"), (post.PlatformPostId, post.AuthorKey, post.MediaFingerprints[0]));
        Assert.Contains("\"note\":\"hi\"", post.RawJson, StringComparison.Ordinal);
    }
}
