using FactBot.Core.Posts;
using FactBot.Core.Sources;
using FactBot.Sources.Replay;
using FactBot.TestKit.Posts;
using FactBot.TestKit.Sources;

namespace FactBot.Sources.Tests.Replay;

/// <summary>A replay sees posts in creation order, knows the first post's time, and reads its file at most twice.</summary>
public sealed class SortedReplaySourceTests
{
    private static Post At(int minutes) => PostBuilder.Create(id: $"p{minutes}", at: PostBuilder.Epoch.AddMinutes(minutes));

    [Fact]
    public async Task InOrder_StreamsTheSourceItself_ReadOnceToCheckAndOnceToRun()
    {
        var source = new ListPostSource("s", [At(1), At(2), At(2), At(5)]);

        var order = await SortedReplaySource.EnsureSortedAsync(source);
        var read = await ReadAsync(order.Source, null);

        Assert.Same(source, order.Source);
        Assert.Equal(PostBuilder.Epoch.AddMinutes(1), order.FirstPostAt);
        Assert.Equal(["p1", "p2", "p2", "p5"], read.Select(i => i.Post!.PlatformPostId));
        Assert.Equal(8, source.HandedOut);
    }

    [Fact]
    public async Task OutOfOrder_SortedOnce_ServedFromMemory_ResumesByPosition()
    {
        var source = new ListPostSource("s", [At(9), At(3), At(7), At(1)]);

        var order = await SortedReplaySource.EnsureSortedAsync(source);
        var all = await ReadAsync(order.Source, null);
        var resumed = await ReadAsync(order.Source, all[1].Position);

        Assert.Equal("s#sorted", order.Source.Id);
        Assert.Equal(PostBuilder.Epoch.AddMinutes(1), order.FirstPostAt);
        Assert.Equal(["p1", "p3", "p7", "p9"], all.Select(i => i.Post!.PlatformPostId));
        Assert.Equal(["p7", "p9"], resumed.Select(i => i.Post!.PlatformPostId));

        // Two items to find the disorder, then the whole source once; the runs read the sorted copy.
        Assert.Equal(2 + 4, source.HandedOut);
    }

    [Fact]
    public async Task NoPosts_HasNoFirstPostTime()
    {
        var order = await SortedReplaySource.EnsureSortedAsync(new ListPostSource("s", Array.Empty<Post>()));

        Assert.Null(order.FirstPostAt);
    }

    private static async Task<List<SourceItem>> ReadAsync(Core.Abstractions.IPostSource source, string? after)
    {
        var items = new List<SourceItem>();
        await foreach (var item in source.ReadAsync(after))
            items.Add(item);
        return items;
    }
}
