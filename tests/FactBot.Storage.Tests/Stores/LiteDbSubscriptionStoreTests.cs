using FactBot.Core.Subscriptions;
using FactBot.Storage.Stores;

namespace FactBot.Storage.Tests.Stores;

public sealed class LiteDbSubscriptionStoreTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task ListForChatAsync_ReturnsThatChatsSubscriptionsOrderedById()
    {
        var sut = new LiteDbSubscriptionStore(_db.Database);
        var group = new ChatRef("telegram", "-100");
        await sut.UpsertAsync(new Subscription { Chat = group, Watchlist = "main" });
        await sut.UpsertAsync(new Subscription { Chat = group, Watchlist = "elections" });
        await sut.UpsertAsync(new Subscription { Chat = group with { ThreadId = "7" } });
        await sut.UpsertAsync(new Subscription { Chat = new ChatRef("discord", "-100") });

        var forGroup = await sut.ListForChatAsync("telegram:-100");

        Assert.Equal(["telegram:-100|elections", "telegram:-100|main"], forGroup.Select(s => s.Id));
        Assert.Equal(4, (await sut.ListAsync()).Count);
    }

    [Fact]
    public async Task UpsertAndDelete_ReplaceByIdAndReportWhetherItExisted()
    {
        var sut = new LiteDbSubscriptionStore(_db.Database);
        var subscription = new Subscription { Chat = ChatRef.Console };
        await sut.UpsertAsync(subscription);
        await sut.UpsertAsync(subscription with { SuspendedReason = "gone" });

        Assert.Equal("gone", (await sut.GetAsync(subscription.Id))!.SuspendedReason);
        Assert.True(await sut.DeleteAsync(subscription.Id));
        Assert.False(await sut.DeleteAsync(subscription.Id));
        Assert.Empty(await sut.ListAsync());
    }
}
