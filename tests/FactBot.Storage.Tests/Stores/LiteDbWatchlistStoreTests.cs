using FactBot.Core.Watchlists;
using FactBot.Storage.Stores;

namespace FactBot.Storage.Tests.Stores;

public sealed class LiteDbWatchlistStoreTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task ListAsync_OrderedByNameOrdinally()
    {
        var sut = new LiteDbWatchlistStore(_db.Database);
        foreach (var name in new[] { "main", "Elections", "b" })
            await sut.UpsertAsync(new Watchlist { Name = name });

        var lists = await sut.ListAsync();

        Assert.Equal(["Elections", "b", "main"], lists.Select(w => w.Name));
    }

    [Fact]
    public async Task UpsertAndDelete_ReplaceByNameAndReportWhetherItExisted()
    {
        var sut = new LiteDbWatchlistStore(_db.Database);
        await sut.UpsertAsync(new Watchlist { Name = "main" });
        await sut.UpsertAsync(new Watchlist { Name = "main", Targets = [new WatchTarget(TargetKind.Hashtag, "a")] });

        Assert.Single((await sut.GetAsync("main"))!.Targets);
        Assert.Null(await sut.GetAsync("Main"));
        Assert.True(await sut.DeleteAsync("main"));
        Assert.False(await sut.DeleteAsync("main"));
    }
}
