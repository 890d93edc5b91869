using FactBot.Core.Results;
using FactBot.Sources.Import;
using FactBot.Sources.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Sources.Tests.Import;

public sealed class PostFileSourcesTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 4, 5, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Open_CanonicalJsonl_IsJsonlSource()
    {
        var path = Samples.PathOf("Jsonl", "posts.jsonl");

        var result = PostFileSources.Open(path, _time);

        Assert.IsType<JsonlPostSource>(result.Value);
        Assert.Equal("file:" + Path.GetFullPath(path), result.Value!.Id);
    }

    [Fact]
    public void Open_JsonlWhoseFirstLineHasData_IsTikTokPages()
    {
        var result = PostFileSources.Open(Samples.PathOf("TikTok", "pages.jsonl"), _time);

        Assert.IsType<TikTokResearchPageSource>(result.Value);
    }

    [Fact]
    public void Open_GzippedCanonicalJsonl_IsJsonlSource()
    {
        using var dir = new TempDir();
        var gz = dir.Combine("posts.jsonl.gz");
        Samples.Gzip(Samples.PathOf("Jsonl", "posts.jsonl"), gz);

        Assert.IsType<JsonlPostSource>(PostFileSources.Open(gz, _time).Value);
    }

    [Fact]
    public void Open_GzippedPageLines_IsTikTokPages()
    {
        using var dir = new TempDir();
        var gz = dir.Combine("pages.jsonl.gz");
        Samples.Gzip(Samples.PathOf("TikTok", "pages.jsonl"), gz);

        Assert.IsType<TikTokResearchPageSource>(PostFileSources.Open(gz, _time).Value);
    }

    [Fact]
    public void Open_JsonlStartingWithBlankLines_SniffsTheFirstNonBlankLine()
    {
        using var dir = new TempDir();
        var path = dir.File("pages.jsonl", "\n  \n{\"data\":{\"videos\":[]}}\n");

        Assert.IsType<TikTokResearchPageSource>(PostFileSources.Open(path, _time).Value);
    }

    [Fact]
    public void Open_JsonResponse_IsTikTokPages()
    {
        Assert.IsType<TikTokResearchPageSource>(PostFileSources.Open(Samples.PathOf("TikTok", "page-001.json"), _time).Value);
    }

    [Fact]
    public void Open_JsonArray_IsInvalidArgument()
    {
        using var dir = new TempDir();
        var path = dir.File("export.json", "  [ {\"id\": 1} ]");

        var result = PostFileSources.Open(path, _time);

        Assert.IsType<InvalidArgument>(result.Error);
    }

    [Fact]
    public void Open_Directory_IsTikTokPages()
    {
        Assert.IsType<TikTokResearchPageSource>(PostFileSources.Open(Samples.PathOf("TikTok"), _time).Value);
    }

    [Fact]
    public void Open_DirectoryWithTrailingSlash_HasTheSameIdAsWithout()
    {
        var dir = Samples.PathOf("TikTok");

        var with = PostFileSources.Open(dir + Path.DirectorySeparatorChar, _time).Value!;
        var without = PostFileSources.Open(dir, _time).Value!;

        Assert.Equal(without.Id, with.Id);
        Assert.Equal("file:" + Path.GetFullPath(dir), without.Id);
    }

    [Fact]
    public void Open_DirectoryWithoutJson_IsInvalidArgument()
    {
        using var dir = new TempDir();
        dir.File("notes.txt", "hello");

        Assert.IsType<InvalidArgument>(PostFileSources.Open(dir.Path, _time).Error);
    }

    [Fact]
    public void Open_UnknownExtension_ListsTheSupportedFormats()
    {
        using var dir = new TempDir();
        var path = dir.File("dump.txt", "id,username\n1,a\n");

        var error = Assert.IsType<InvalidArgument>(PostFileSources.Open(path, _time).Error);

        Assert.Contains(".jsonl", error.Message, StringComparison.Ordinal);
        Assert.Contains("TikTok Research API", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingPath_IsNotFound()
    {
        using var dir = new TempDir();

        Assert.IsType<NotFound>(PostFileSources.Open(dir.Combine("nothing.jsonl"), _time).Error);
    }

    [Fact]
    public void Open_BlankPath_IsInvalidArgument()
    {
        Assert.IsType<InvalidArgument>(PostFileSources.Open(" ", _time).Error);
    }
}
