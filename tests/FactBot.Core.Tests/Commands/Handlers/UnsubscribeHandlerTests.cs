using FactBot.Core.Subscriptions;

namespace FactBot.Core.Tests.Commands.Handlers;

public sealed class UnsubscribeHandlerTests : IDisposable
{
    private readonly SubscriptionCommandFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task Unsubscribe_InAChannel_RemovesTellsTheSchedulerAndAudits()
    {
        await _f.AddWatchlistAsync("elections");
        await _f.AdminAsync("/subscribe watchlist:elections");
        await _f.AdminAsync("/subscribe");

        var reply = await _f.AdminAsync("/unsubscribe elections");

        Assert.Equal("Unsubscribed this chat from elections", reply.Message.Title);
        Assert.Equal(["telegram:-100|main"], (await _f.Subscriptions.ListAsync()).Select(s => s.Id));
        Assert.Equal(("telegram:-100|elections", (Subscription?)null), _f.Listener.Changes[^1]);
        var entry = _f.Audit.Entries[^1];
        Assert.Equal("unsubscribe", entry.Action);
        Assert.Equal("telegram:-100|elections", entry.Subject);
        Assert.Contains("mode=both", entry.Before, StringComparison.Ordinal);
        Assert.Null(entry.After);
    }

    [Fact]
    public async Task Unsubscribe_WhenThereIsNone_SaysSoAndNamesTheChatsSubscriptions()
    {
        await _f.AddWatchlistAsync("elections");
        await _f.AdminAsync("/subscribe watchlist:elections");
        var changesBefore = _f.Listener.Changes.Count;
        var auditBefore = _f.Audit.Entries.Count;

        var reply = await _f.AdminAsync("/unsubscribe");

        Assert.Equal("This chat has no subscription to main", reply.Message.Title);
        Assert.Contains("subscribed to: elections", reply.Message.Summary, StringComparison.Ordinal);
        Assert.True(reply.Ephemeral);
        Assert.Single(await _f.Subscriptions.ListAsync());
        Assert.Equal(changesBefore, _f.Listener.Changes.Count);
        Assert.Equal(auditBefore, _f.Audit.Entries.Count);
    }

    [Fact]
    public async Task Unsubscribe_InADirectMessage_AnyoneMayAndItIsNotAudited()
    {
        await _f.DirectAsync("/subscribe");

        var reply = await _f.DirectAsync("/unsubscribe");

        Assert.Equal("Unsubscribed this chat from main", reply.Message.Title);
        Assert.Empty(await _f.Subscriptions.ListAsync());
        Assert.Empty(_f.Audit.Entries);
    }

    [Fact]
    public async Task Unsubscribe_PlainMemberInAChannel_IsRefusedAndKeepsTheSubscription()
    {
        await _f.AdminAsync("/subscribe");

        var reply = await _f.MemberAsync("/unsubscribe");

        Assert.Equal("Not allowed", reply.Message.Title);
        Assert.Single(await _f.Subscriptions.ListAsync());
    }
}
