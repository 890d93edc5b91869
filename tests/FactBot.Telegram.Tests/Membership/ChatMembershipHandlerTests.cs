using FactBot.Core.Messages;
using FactBot.Core.Delivery;
using FactBot.Core.Subscriptions;
using FactBot.Telegram.Commands;
using FactBot.Telegram.Membership;
using FactBot.Telegram.Tests.Support;
using FactBot.TestKit.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactBot.Telegram.Tests.Membership;

public sealed class ChatMembershipHandlerTests
{
    private const string Group = "-1001234567890";
    private readonly InMemorySubscriptionStore _store = new();
    private readonly InMemoryAuditLog _audit = new();
    private readonly InMemoryOutboxStore _outbox = new();
    private readonly RecordingListener _listener = new();
    private readonly ChatMembershipHandler _sut;

    public ChatMembershipHandlerTests()
    {
        var telegram = new TelegramParts();
        _sut = new ChatMembershipHandler(
            _store,
            new SubscriptionManager(_store, [_listener]),
            _audit,
            new ChatAdminCache(telegram.Api.Client(), telegram.Options, telegram.Time, NullLogger<ChatAdminCache>.Instance),
            new ChatMover(_store, new SubscriptionManager(_store, [_listener]), _outbox, _audit, telegram.Time),
            telegram.Time,
            NullLogger<ChatMembershipHandler>.Instance);
    }

    [Fact]
    public async Task HandleAsync_BotKicked_SuspendsEveryOneOfTheChatsSubscriptionsIncludingTopics_WithTheReason()
    {
        await _store.UpsertAsync(Subscription(Group));
        await _store.UpsertAsync(Subscription(Group, topic: "12"));
        await _store.UpsertAsync(Subscription("-1009"));

        await _sut.HandleAsync(Samples.Update("my_chat_member_kicked").MyChatMember!, default);

        var all = await _store.ListAsync();
        Assert.Equal(
            ["the bot was removed from the chat by @olena_admin", "the bot was removed from the chat by @olena_admin", null],
            all.OrderBy(s => s.Chat.ChatId == Group ? 0 : 1).Select(s => s.SuspendedReason));
        Assert.Equal(2, _listener.Changes.Count);
        var entries = await _audit.RecentAsync(10);
        Assert.All(entries, e => Assert.Equal("subscription suspended", e.Action));
        Assert.All(entries, e => Assert.Equal("telegram:42 (@olena_admin)", e.Actor));
    }

    [Fact]
    public async Task HandleAsync_BotAddedBack_ActivatesTheSuspendedSubscriptions()
    {
        await _store.UpsertAsync(Subscription(Group) with { SuspendedReason = "Telegram refused (403): Forbidden: bot was kicked" });

        await _sut.HandleAsync(Samples.Update("my_chat_member_added").MyChatMember!, default);

        Assert.Null((await _store.ListAsync()).Single().SuspendedReason);
        Assert.Equal("subscription activated", Assert.Single(await _audit.RecentAsync(10)).Action);
    }

    [Fact]
    public async Task HandleAsync_UserBlocksTheBotInTheirDm_SaysSo()
    {
        await _store.UpsertAsync(Subscription("7") with { IsDirectMessage = true });

        await _sut.HandleAsync(Samples.Update("my_chat_member_blocked_in_dm").MyChatMember!, default);

        Assert.Equal("the user blocked the bot", (await _store.ListAsync()).Single().SuspendedReason);
    }

    [Fact]
    public async Task HandleAsync_AlreadySuspendedForTheSameReason_ChangesNothing()
    {
        await _sut.HandleAsync(Samples.Update("my_chat_member_kicked").MyChatMember!, default);
        await _store.UpsertAsync(Subscription(Group) with { SuspendedReason = "the bot was removed from the chat by @olena_admin" });

        await _sut.HandleAsync(Samples.Update("my_chat_member_kicked").MyChatMember!, default);

        Assert.Empty(_listener.Changes);
        Assert.Empty(await _audit.RecentAsync(10));
    }

    [Fact]
    public async Task HandleMigrationAsync_GroupUpgraded_MovesItsSubscriptionsActiveAndItsQueuedMessagesToTheNewId()
    {
        await _store.UpsertAsync(Subscription("-555") with { Watchlist = "ru", SuspendedReason = "group chat was upgraded to a supergroup chat" });
        await _outbox.EnqueueAsync(new OutboxMessage
        {
            Id = "queued", Chat = new ChatRef("telegram", "-555"), Kind = OutboxKind.Alert, Message = new ChatMessage { Title = "q" },
            CreatedAt = TelegramParts.Start, DueAt = TelegramParts.Start,
        });

        await _sut.HandleMigrationAsync(-555, -1005550000, default);

        var moved = Assert.Single(await _store.ListAsync());
        Assert.Equal("telegram:-1005550000", moved.Chat.Key);
        Assert.Equal("ru", moved.Watchlist);
        Assert.Null(moved.SuspendedReason);
        Assert.Equal("telegram:-1005550000", (await _outbox.GetAsync("queued"))!.Chat.Key);
        Assert.Contains(await _audit.RecentAsync(10), e => e.Action == "subscription moved");
    }

    private static Subscription Subscription(string chatId, string? topic = null) =>
        new() { Chat = new ChatRef("telegram", chatId, topic), CreatedAt = TelegramParts.Start };

    private sealed class RecordingListener : ISubscriptionChangeListener
    {
        public List<(string Id, Subscription? Current)> Changes { get; } = [];

        public Task SubscriptionChangedAsync(string subscriptionId, Subscription? current, CancellationToken ct = default)
        {
            Changes.Add((subscriptionId, current));
            return Task.CompletedTask;
        }
    }
}
