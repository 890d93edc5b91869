using FactBot.Core.Labels;
using FactBot.Storage.Stores;

namespace FactBot.Storage.Tests.Stores;

public sealed class LiteDbLabelStoreTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task UpsertAsync_SameAccountTwice_LaterWinsAndCountsOnce()
    {
        var sut = new LiteDbLabelStore(_db.Database);
        await sut.UpsertAsync([Label("tiktok", "b")]);

        var written = await sut.UpsertAsync([Label("tiktok", "a", "v1"), Label("tiktok", "a", "v2"), Label("tiktok", "b", "v3")]);

        Assert.Equal(2, written);
        Assert.Equal("v2", (await sut.GetAsync("tiktok", "a"))!.Source);
        Assert.Equal("v3", (await sut.GetAsync("tiktok", "b"))!.Source);
    }

    [Fact]
    public async Task ListAsync_AllOrOnePlatform_OrderedByKey()
    {
        var sut = new LiteDbLabelStore(_db.Database);
        await sut.UpsertAsync([Label("tiktok", "z"), Label("mastodon", "m"), Label("tiktok", "a")]);

        Assert.Equal(["mastodon:m", "tiktok:a", "tiktok:z"], (await sut.ListAsync()).Select(l => l.Key));
        Assert.Equal(["tiktok:a", "tiktok:z"], (await sut.ListAsync("tiktok")).Select(l => l.Key));
        Assert.Empty(await sut.ListAsync("telegram"));
    }

    [Fact]
    public async Task RemoveAsync_ReportsWhetherItExisted()
    {
        var sut = new LiteDbLabelStore(_db.Database);
        await sut.UpsertAsync([Label("tiktok", "a")]);

        Assert.True(await sut.RemoveAsync("tiktok", "a"));
        Assert.False(await sut.RemoveAsync("tiktok", "a"));
        Assert.Null(await sut.GetAsync("tiktok", "a"));
    }

    private static AccountLabel Label(string platform, string handle, string source = "list@1") =>
        new() { Platform = platform, Handle = handle, Category = LabelCategory.StateControlled, Source = source };
}
