using FactBot.Sources.Import;
using FactBot.Sources.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Sources.Tests.Import;

public sealed class JsonlPostSourceTests
{
    private static readonly DateTimeOffset Now = new(2024, 2, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);
    private static string Fixture => Samples.PathOf("Jsonl", "posts.jsonl");

    [Fact]
    public async Task ReadAsync_Fixture_YieldsPostsAndMalformedLinesInOrder()
    {
        var sut = new JsonlPostSource(Fixture, _time);

        var items = await Samples.ReadAllAsync(sut);

        // Line 2 is blank: no item. Lines 3, 4 and 5 are broken; the stream goes on to line 6.
        Assert.Equal(["1", "3", "4", "5", "6"], items.Select(item => Samples.Shown(item.Position)));
        Assert.Equal([true, false, false, false, true], items.Select(item => item.Post is not null));
        Assert.Equal("73207681965695992750", items[0].Post!.PlatformPostId);
        Assert.Equal("mastodon:3", items[4].Post!.Key);
    }

    [Fact]
    public async Task ReadAsync_MalformedLine_NamesFileAndLine()
    {
        var sut = new JsonlPostSource(Fixture, _time);

        var items = await Samples.ReadAllAsync(sut);

        var error = items.Single(item => Samples.Shown(item.Position) == "4").Error!;
        Assert.StartsWith("posts.jsonl:4: ", error.Message, StringComparison.Ordinal);
        Assert.Equal("4", Samples.Shown(error.Position));
    }

    [Fact]
    public async Task ReadAsync_MissingObservedAt_IsNowFromTheTimeProvider()
    {
        var sut = new JsonlPostSource(Fixture, _time);

        var items = await Samples.ReadAllAsync(sut);

        Assert.Equal(Now, items[4].Post!.ObservedAt);
        Assert.Equal(new DateTimeOffset(2024, 1, 8, 12, 0, 0, TimeSpan.Zero), items[0].Post!.ObservedAt);
    }

    [Fact]
    public async Task ReadAsync_ResumeAfter_SkipsThroughThatLine()
    {
        var sut = new JsonlPostSource(Fixture, _time);

        var items = await Samples.ReadAllAsync(sut, resumeAfter: "4");

        Assert.Equal(["5", "6"], items.Select(item => Samples.Shown(item.Position)));
    }

    [Fact]
    public async Task ReadAsync_ResumeAfterTheLastLine_YieldsNothing()
    {
        var sut = new JsonlPostSource(Fixture, _time);

        Assert.Empty(await Samples.ReadAllAsync(sut, resumeAfter: "6"));
    }

    [Fact]
    public async Task ReadAsync_Gzip_ReadsTheSameAsPlain()
    {
        using var dir = new TempDir();
        var gz = dir.Combine("posts.jsonl.gz");
        Samples.Gzip(Fixture, gz);

        var plain = await Samples.ReadAllAsync(new JsonlPostSource(Fixture, _time));
        var zipped = await Samples.ReadAllAsync(new JsonlPostSource(gz, _time));

        Assert.Equal(plain.Select(item => item.Position), zipped.Select(item => item.Position));
        Assert.Equal(plain.Select(item => item.Post?.Key), zipped.Select(item => item.Post?.Key));
    }

    [Fact]
    public async Task ReadAsync_CorruptGzip_EndsWithAMalformedItem()
    {
        using var dir = new TempDir();
        var path = dir.Combine("broken.jsonl.gz");
        // A valid gzip header, then a deflate block of the reserved type 11.
        File.WriteAllBytes(path, [0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff, 0x07, 0x00, 0x00]);

        var items = await Samples.ReadAllAsync(new JsonlPostSource(path, _time));

        Assert.Contains("broken.jsonl.gz", Assert.Single(items).Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FileGone_YieldsOneMalformedItem()
    {
        using var dir = new TempDir();
        var sut = new JsonlPostSource(dir.Combine("gone.jsonl"), _time);

        var item = Assert.Single(await Samples.ReadAllAsync(sut));

        Assert.Contains("cannot open", item.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_PositionOfAnotherSource_Throws()
    {
        var sut = new JsonlPostSource(Fixture, _time);

        await Assert.ThrowsAsync<ArgumentException>(() => Samples.ReadAllAsync(sut, "page-001.json#page1"));
    }

    [Fact]
    public void Id_IsFilePrefixAndFullPath()
    {
        var sut = new JsonlPostSource(Fixture, _time);

        Assert.Equal("file:" + Path.GetFullPath(Fixture), sut.Id);
    }
}
