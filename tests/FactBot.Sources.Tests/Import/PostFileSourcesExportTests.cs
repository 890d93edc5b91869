using FactBot.Core.Results;
using FactBot.Sources.Import;
using FactBot.Sources.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Sources.Tests.Import;

/// <summary>How <see cref="PostFileSources.Open"/> routes the research exports (CSV and Zeeschuimer NDJSON).</summary>
public sealed class PostFileSourcesExportTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 4, 5, 0, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("tiktok-research.csv", CsvFormat.TikTokResearch)]
    [InlineData("tiktok-research-traktok.csv", CsvFormat.TikTokResearch)]
    [InlineData("fourcat-tiktok.csv", CsvFormat.FourCatTikTok)]
    [InlineData("fourcat-tiktok-old.csv", CsvFormat.FourCatTikTok)]
    [InlineData("coortweet.csv", CsvFormat.CooRTweet)]
    public void Open_Csv_IsToldByItsHeader(string file, CsvFormat format)
    {
        var path = Samples.PathOf("Exports", file);

        var result = PostFileSources.Open(path, _time);

        var source = Assert.IsType<CsvPostSource>(result.Value);
        Assert.Equal(format, source.Format);
        Assert.Equal("file:" + Path.GetFullPath(path), source.Id);
    }

    [Fact]
    public void Open_GzippedCsv_IsToldByItsHeader()
    {
        using var dir = new TempDir();
        var gz = dir.Combine("coortweet.csv.gz");
        Samples.Gzip(Samples.PathOf("Exports", "coortweet.csv"), gz);

        Assert.Equal(CsvFormat.CooRTweet, Assert.IsType<CsvPostSource>(PostFileSources.Open(gz, _time).Value).Format);
    }

    [Fact]
    public void Open_CsvWithAnUnknownHeader_ListsTheExpectedColumns()
    {
        using var dir = new TempDir();
        var path = dir.File("dump.csv", "id,username\n1,a\n");

        var error = Assert.IsType<InvalidArgument>(PostFileSources.Open(path, _time).Error);

        Assert.Contains("timestamp_share", error.Message, StringComparison.Ordinal);
        Assert.Contains("create_time", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_EmptyCsv_IsInvalidArgument()
    {
        using var dir = new TempDir();

        Assert.IsType<InvalidArgument>(PostFileSources.Open(dir.File("empty.csv", "\n\n"), _time).Error);
    }

    [Fact]
    public void Open_ZeeschuimerNdjson_IsZeeschuimerNotTikTokPages()
    {
        // Its items sit under "data" like Research API pages do.
        Assert.IsType<ZeeschuimerNdjsonSource>(PostFileSources.Open(Samples.PathOf("Exports", "zeeschuimer.ndjson"), _time).Value);
    }

    [Fact]
    public void Open_JsonlOfBareTikTokItems_IsZeeschuimer()
    {
        using var dir = new TempDir();
        var path = dir.File("items.jsonl", """{"id":"1","createTime":1646488800,"author":{"uniqueId":"a"}}""" + "\n");

        Assert.IsType<ZeeschuimerNdjsonSource>(PostFileSources.Open(path, _time).Value);
    }

    [Fact]
    public void Open_ResearchApiPagesAsNdjson_StayTikTokPages()
    {
        using var dir = new TempDir();
        var path = dir.File("pages.ndjson", """{"data":{"videos":[],"cursor":0,"has_more":false},"error":{"code":"ok"}}""" + "\n");

        Assert.IsType<TikTokResearchPageSource>(PostFileSources.Open(path, _time).Value);
    }

    [Fact]
    public void SupportedFormats_NamesTheExports()
    {
        Assert.Contains("4CAT", PostFileSources.SupportedFormats, StringComparison.Ordinal);
        Assert.Contains("CooRTweet", PostFileSources.SupportedFormats, StringComparison.Ordinal);
        Assert.Contains("Zeeschuimer", PostFileSources.SupportedFormats, StringComparison.Ordinal);
    }
}
