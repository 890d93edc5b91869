using FactBot.Core.Subscriptions;
using FactBot.TestKit.Fakes;

namespace FactBot.Core.Tests.Subscriptions;

public sealed class SubscriptionManagerTests
{
    private readonly InMemorySubscriptionStore _store = new();
    private readonly RecordingSubscriptionListener _listener = new();

    [Fact]
    public async Task SaveAndRemove_StoreThenTellEveryListener()
    {
        var other = new RecordingSubscriptionListener();
        var sut = new SubscriptionManager(_store, [_listener, other]);
        var subscription = new Subscription { Chat = ChatRef.Console };

        await sut.SaveAsync(subscription);
        var removed = await sut.RemoveAsync(subscription.Id);

        Assert.Equal(subscription, removed);
        Assert.Empty(await _store.ListAsync());
        Assert.Equal([(subscription.Id, (Subscription?)subscription), (subscription.Id, null)], _listener.Changes);
        Assert.Equal(_listener.Changes, other.Changes);
    }

    [Fact]
    public async Task RemoveAsync_Missing_ReturnsNullAndTellsNoOne()
    {
        var sut = new SubscriptionManager(_store, [_listener]);

        Assert.Null(await sut.RemoveAsync("console:local|main"));
        Assert.Empty(_listener.Changes);
    }
}
