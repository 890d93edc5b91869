using FactBot.Sources.Import;
using FactBot.Sources.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Sources.Tests.Import;

/// <summary>The checkpoint of a file source names the file's content, not only its path (issue 12, part 3).</summary>
public sealed class JsonlPostSourceResumeTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 2, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly TempDir _dir = new();

    [Fact]
    public async Task ReadAsync_NewFileAtTheSamePath_IsReadFromItsStart()
    {
        var path = _dir.File("drop.jsonl", Hostile.Lines(1, 50, "old"));
        var first = await Samples.ReadAllAsync(new JsonlPostSource(path, _time));

        File.WriteAllText(path, Hostile.Lines(1, 150, "new"));
        var second = await Samples.ReadAllAsync(new JsonlPostSource(path, _time), first[^1].Position);

        Assert.Equal(150, second.Count(item => item.Post is not null));
        Assert.Equal("new1", second[0].Post!.PlatformPostId);
    }

    [Fact]
    public async Task ReadAsync_HalfWrittenLastLine_IsNotPassedAndIsReadOnceComplete()
    {
        var line10 = Hostile.Line("p10");
        var path = _dir.File("live.jsonl", Hostile.Lines(1, 9) + line10[..25]);
        var sut = new JsonlPostSource(path, _time);

        var first = await Samples.ReadAllAsync(sut);

        Assert.Equal(9, first.Count(item => item.Post is not null));
        var pending = first[^1];
        Assert.Contains("no newline", pending.Error!.Message, StringComparison.Ordinal);
        // The checkpoint saved from it still points after line 9.
        Assert.Equal(first[^2].Position, pending.Position);

        Hostile.Append(path, line10[25..] + Hostile.Line("p11"));
        var second = await Samples.ReadAllAsync(sut, pending.Position);

        Assert.Equal(["p10", "p11"], second.Select(item => item.Post!.PlatformPostId));
        Assert.Equal(["10", "11"], second.Select(item => Samples.Shown(item.Position)));
    }

    [Fact]
    public async Task ReadAsync_AppendedFile_ResumesAfterTheLastLineRead()
    {
        var path = _dir.File("grow.jsonl", Hostile.Lines(1, 100));
        var sut = new JsonlPostSource(path, _time);
        var first = await Samples.ReadAllAsync(sut);

        Hostile.Append(path, Hostile.Lines(101, 20));
        var second = await Samples.ReadAllAsync(sut, first[^1].Position);

        Assert.Equal(Enumerable.Range(101, 20).Select(i => "p" + i), second.Select(item => item.Post!.PlatformPostId));
    }

    [Fact]
    public async Task ReadAsync_OldLineNumberCheckpoint_ResumesAfterThatLine()
    {
        var path = _dir.File("old.jsonl", Hostile.Lines(1, 10));

        var items = await Samples.ReadAllAsync(new JsonlPostSource(path, _time), resumeAfter: "7");

        Assert.Equal(["p8", "p9", "p10"], items.Select(item => item.Post!.PlatformPostId));
    }

    [Fact]
    public async Task ReadAsync_TruncatedGzip_KeepsThePostsAndEndsWithATruncationItem()
    {
        var path = _dir.Combine("cut.jsonl.gz");
        File.WriteAllBytes(path, Hostile.Gzip(Hostile.Lines(1, 1000))[..^8]);

        var items = await Samples.ReadAllAsync(new JsonlPostSource(path, _time));

        Assert.Equal(1000, items.Count(item => item.Post is not null));
        var last = items[^1].Error!;
        Assert.Contains("cut.jsonl.gz:1000: the file is truncated", last.Message, StringComparison.Ordinal);
        Assert.Equal(items[^2].Position, last.Position);
    }

    [Fact]
    public async Task ReadAsync_GzipRewrittenWithMore_ResumesAfterThePostsRead()
    {
        // A recorder that rewrites its .gz as it grows: same head, longer content.
        var path = _dir.Combine("rec.jsonl.gz");
        File.WriteAllBytes(path, Hostile.Gzip(Hostile.Lines(1, 100)));
        var sut = new JsonlPostSource(path, _time);
        var first = await Samples.ReadAllAsync(sut);

        File.WriteAllBytes(path, Hostile.Gzip(Hostile.Lines(1, 130)));
        var second = await Samples.ReadAllAsync(sut, first[^1].Position);

        Assert.Equal(30, second.Count);
        Assert.Equal("p101", second[0].Post!.PlatformPostId);
    }

    [Fact]
    public void Id_IsStillFilePrefixAndFullPath()
    {
        var path = _dir.File("x.jsonl", "");

        Assert.Equal("file:" + Path.GetFullPath(path), new JsonlPostSource(path, _time).Id);
    }

    public void Dispose() => _dir.Dispose();
}
