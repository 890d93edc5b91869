using FactBot.Core.Posts;
using FactBot.Sources.Import;
using FactBot.Sources.Tests.Support;
using FactBot.TestKit.Posts;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Sources.Tests.Import;

/// <summary>A file says its data is complete up to its newest post only once it was read to its end.</summary>
public sealed class FileWatermarkTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 2, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ReadAsync_WholeFile_EndsWithItsNewestPostAsTheWatermark()
    {
        var newest = PostBuilder.Epoch.AddHours(5);
        var lines = PostJsonl.Serialize(PostBuilder.Create(id: "a", at: PostBuilder.Epoch.AddHours(1))) + "\n"
            + PostJsonl.Serialize(PostBuilder.Create(id: "b", at: newest)) + "\n"
            + PostJsonl.Serialize(PostBuilder.Create(id: "c", at: PostBuilder.Epoch.AddHours(3))) + "\n";
        var path = _dir.File("posts.jsonl", lines);

        var items = await Samples.ReadAllAsync(new JsonlPostSource(path, _time), progress: true);

        Assert.Equal(newest, items[^1].CompleteThrough);
        Assert.Null(items[^1].Post);
        Assert.Equal(items[^2].Position, items[^1].Position);
        Assert.All(items.SkipLast(1), item => Assert.Null(item.CompleteThrough));
    }

    [Fact]
    public async Task ReadAsync_LastLineStillBeingWritten_SaysNothingAboutCompleteness()
    {
        var path = _dir.File("live.jsonl", Hostile.Lines(1, 3) + Hostile.Line("p4")[..20]);

        var items = await Samples.ReadAllAsync(new JsonlPostSource(path, _time), progress: true);

        Assert.DoesNotContain(items, item => item.CompleteThrough is not null);
    }
}
