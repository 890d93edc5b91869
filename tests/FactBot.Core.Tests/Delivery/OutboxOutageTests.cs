using FactBot.Core.Delivery;
using FactBot.Core.Digests;
using FactBot.Core.Messages;
using FactBot.Core.Results;
using FactBot.Core.Subscriptions;
using FactBot.TestKit.Delivery;
using FactBot.TestKit.Fakes;
using FactBot.TestKit.Posts;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Core.Tests.Delivery;

/// <summary>Outages, moves and refusals: what reaches each chat, once and in order, and what is told when it cannot.</summary>
public sealed class OutboxOutageTests
{
    private static readonly ChatRef Group = new("test", "-100");
    private static readonly ChatRef Other = new("test", "-200");
    private readonly FakeTimeProvider _time = new(PostBuilder.Epoch);
    private readonly InMemoryOutboxStore _outbox = new();
    private readonly InMemorySubscriptionStore _subscriptions = new();
    private readonly InMemoryAuditLog _audit = new();
    private readonly ScriptedChatSender _sender = new();
    private readonly DeliveryOptions _options = new() { MaxAge = TimeSpan.FromHours(24) };

    private OutboxDispatcher CreateSut() => TestDispatcher.Create(_outbox, _subscriptions, [_sender], _options, _time, _audit);

    private Task<bool> EnqueueAsync(string id, ChatRef chat, string? subscription = null)
    {
        _time.Advance(TimeSpan.FromMilliseconds(10));
        return _outbox.EnqueueAsync(new OutboxMessage
        {
            Id = id, Chat = chat, Kind = OutboxKind.Alert, Message = new ChatMessage { Title = "alert " + id },
            CreatedAt = _time.GetUtcNow(), DueAt = _time.GetUtcNow(), SubscriptionId = subscription,
        });
    }

    // One message to a subscribed chat, then 25 hours of 503s swept every five minutes: it expires.
    private async Task<Subscription> ExpireOneMessageAsync(OutboxDispatcher sut, SubscriptionMode mode)
    {
        var subscription = new Subscription { Chat = Group, Mode = mode };
        await _subscriptions.UpsertAsync(subscription);
        _sender.Outage = _ => new Unavailable("Service Unavailable (503)");
        await EnqueueAsync("g1", Group, subscription.Id);
        await SweepEveryFiveMinutesAsync(sut, TimeSpan.FromHours(25));
        return subscription;
    }

    private async Task SweepEveryFiveMinutesAsync(OutboxDispatcher sut, TimeSpan span)
    {
        for (var elapsed = TimeSpan.Zero; elapsed <= span; elapsed += TimeSpan.FromMinutes(5))
        {
            await sut.SweepAsync();
            _time.Advance(TimeSpan.FromMinutes(5));
        }
    }

    [Fact]
    public async Task ThirtyMinutesOf5xxThenRecovery_EveryMessageDeliveredExactlyOnceInOrderPerChat()
    {
        var recovery = _time.GetUtcNow() + TimeSpan.FromMinutes(30);
        _sender.Outage = _ => _time.GetUtcNow() < recovery ? new Unavailable("Bad Gateway (502)") : null;
        using var sut = CreateSut();
        string[] group = ["g1", "g2", "g3", "g4", "g5"];
        string[] other = ["o1", "o2", "o3"];
        for (var i = 0; i < group.Length; i++)
        {
            await EnqueueAsync(group[i], Group);
            if (i < other.Length)
                await EnqueueAsync(other[i], Other);
        }

        // New alerts keep coming during the outage.
        for (var second = 0; second < 50 * 60; second += 15)
        {
            if (second == 600)
                await EnqueueAsync("g6", Group);
            await sut.SweepAsync();
            _time.Advance(TimeSpan.FromSeconds(15));
        }

        Assert.Equal([.. group, "g6"], _sender.Sent.Where(m => m.Chat == Group).Select(m => m.Id));
        Assert.Equal(other, _sender.Sent.Where(m => m.Chat == Other).Select(m => m.Id));
        Assert.All(_outbox.All, m => Assert.Equal(OutboxState.Sent, m.State));
        // The head kept being tried; the messages behind it waited for it instead of each failing on their own.
        Assert.True(_sender.Attempts.Count(m => m.Id == "g1") > 5);
        Assert.Equal(1, _sender.Attempts.Count(m => m.Id == "g2"));
        Assert.Equal(1, _sender.Attempts.Count(m => m.Id == "g6"));
    }

    [Fact]
    public async Task OutageLongerThanMaxAge_ExpiresAndTheNextDigestSaysWhatWasMissed()
    {
        using var sut = CreateSut();
        var subscription = await ExpireOneMessageAsync(sut, SubscriptionMode.Both);

        var digests = new DigestService(new DigestBuilder(new InMemoryAlertStore()), _subscriptions, _outbox, _time);
        _sender.Outage = null;
        await digests.SendAsync(subscription.Id);
        await sut.DrainAsync();

        var expired = (await _outbox.GetAsync("g1"))!;
        Assert.Equal(OutboxState.Expired, expired.State);
        var digest = Assert.Single(_sender.Sent);
        Assert.Equal(OutboxKind.Digest, digest.Kind);
        var missed = Assert.Single(digest.Message.Fields, f => f.Name.StartsWith("Not delivered in time", StringComparison.Ordinal));
        Assert.Contains("alert g1", missed.Value, StringComparison.Ordinal);
        Assert.Equal(digest.Id, expired.FoldedInto);
    }

    [Fact]
    public async Task OutageLongerThanMaxAge_InAChatWithoutDigests_SendsACatchUpOnceThePlatformIsBack()
    {
        using var sut = CreateSut();
        var subscription = await ExpireOneMessageAsync(sut, SubscriptionMode.Alerts);

        _sender.Outage = null;
        _time.Advance(TimeSpan.FromMinutes(10));
        await sut.DrainAsync();

        Assert.Equal(OutboxState.Expired, (await _outbox.GetAsync("g1"))!.State);
        var catchUp = Assert.Single(_sender.Sent);
        Assert.Equal("missed:g1", catchUp.Id);
        Assert.Contains("alert g1", catchUp.Message.Fields[0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessageLeftSendingByACrash_IsSentAgainAndCountedAsAPossibleDuplicate()
    {
        await _outbox.EnqueueAsync(new OutboxMessage
        {
            Id = "g1", Chat = Group, Kind = OutboxKind.Alert, Message = new ChatMessage { Title = "g1" },
            State = OutboxState.Sending, Attempts = 1, CreatedAt = _time.GetUtcNow(), DueAt = _time.GetUtcNow(),
        });
        using var sut = CreateSut();

        await sut.DrainAsync();

        Assert.Equal(1, (await _outbox.GetAsync("g1"))!.UncertainAttempts);
    }

    [Fact]
    public async Task GroupUpgradedMidQueue_SubscriptionsAndEveryQueuedMessageMoveAndStayActive()
    {
        var subscription = new Subscription { Chat = Group };
        await _subscriptions.UpsertAsync(subscription);
        await _subscriptions.UpsertAsync(new Subscription { Chat = Group with { ThreadId = "7" }, Watchlist = "elections" });
        _sender.ThenFail(new ChatMoved("-100999", "the group became a supergroup"));
        using var sut = CreateSut();
        foreach (var id in new[] { "g1", "g2", "g3" })
            await EnqueueAsync(id, Group, subscription.Id);
        await EnqueueAsync("t1", Group with { ThreadId = "7" });

        await sut.DrainAsync();

        var moved = new ChatRef("test", "-100999");
        Assert.Equal(["g1", "g2", "g3"], _sender.Sent.Where(m => m.Chat == moved).Select(m => m.Id));
        Assert.Equal("t1", Assert.Single(_sender.Sent, m => m.Chat == moved with { ThreadId = "7" }).Id);
        Assert.DoesNotContain(_sender.Sent, m => m.Chat.ChatId == "-100");
        var now = await _subscriptions.ListAsync();
        Assert.Equal(["test:-100999", "test:-100999:7"], now.Select(s => s.Chat.Key).Order(StringComparer.Ordinal));
        Assert.All(now, s => Assert.Null(s.SuspendedReason));
        Assert.Equal(2, (await _audit.RecentAsync(10)).Count(e => e.Action == "subscription moved"));
    }

    [Fact]
    public async Task Kicked_DeadWithTheReason_SubscriptionSuspended_AndItsSubscriberToldInADirectChat()
    {
        var subscription = new Subscription { Chat = Group, CreatedBy = "test:42 (Olena)" };
        await _subscriptions.UpsertAsync(subscription);
        _sender.Direct = key => key?.StartsWith("test:42 ", StringComparison.Ordinal) == true ? new ChatRef("test", "42") : null;
        _sender.ThenFail(new PermanentFailure("Forbidden: bot was kicked from the group chat"));
        using var sut = CreateSut();
        await EnqueueAsync("g1", Group, subscription.Id);

        await sut.DrainAsync();

        var dead = (await _outbox.GetAsync("g1"))!;
        Assert.Equal(OutboxState.Dead, dead.State);
        Assert.Contains("kicked", dead.LastError, StringComparison.Ordinal);
        Assert.Contains("kicked", (await _subscriptions.GetAsync(subscription.Id))!.SuspendedReason, StringComparison.Ordinal);
        var told = Assert.Single(_sender.Sent);
        Assert.Equal(new ChatRef("test", "42"), told.Chat);
        Assert.Contains("test:-100", told.Message.Title, StringComparison.Ordinal);
        Assert.Contains("suspended", told.Message.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeoutAfterSending_RetriedOnceAndCountedAsAPossibleDuplicate()
    {
        _sender.ThenFail(new Unavailable("Telegram did not answer in time") { MaybeDelivered = true });
        using var sut = CreateSut();
        await EnqueueAsync("g1", Group);

        await sut.SweepAsync();
        _time.Advance(TimeSpan.FromMinutes(1));
        await sut.SweepAsync();

        var sent = (await _outbox.GetAsync("g1"))!;
        Assert.Equal(OutboxState.Sent, sent.State);
        Assert.Equal(1, sent.UncertainAttempts);
        Assert.Single(_sender.Sent);
    }
}
