using FactBot.Core.Delivery;
using FactBot.Core.Messages;
using FactBot.Core.Results;
using FactBot.Core.Subscriptions;
using FactBot.TestKit.Delivery;
using FactBot.TestKit.Fakes;
using FactBot.TestKit.Posts;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Core.Tests.Delivery;

public sealed class OutboxDispatcherTests
{
    private static readonly ChatRef Chat = new("test", "c1");
    private readonly FakeTimeProvider _time = new(PostBuilder.Epoch);
    private readonly InMemoryOutboxStore _outbox = new();
    private readonly InMemorySubscriptionStore _subscriptions = new();
    private readonly ScriptedChatSender _sender = new();
    private readonly DeliveryOptions _options = new() { RetryBaseDelay = TimeSpan.FromSeconds(5), MaxAge = TimeSpan.FromHours(2) };

    private OutboxDispatcher CreateSut() => TestDispatcher.Create(_outbox, _subscriptions, [_sender], _options, _time);

    private OutboxMessage Message(string id, ChatRef? chat = null, string? subscription = null) => new()
    {
        Id = id,
        Chat = chat ?? Chat,
        Kind = OutboxKind.Alert,
        Message = new ChatMessage { Title = id },
        CreatedAt = _time.GetUtcNow(),
        DueAt = _time.GetUtcNow(),
        SubscriptionId = subscription,
    };

    [Fact]
    public async Task SweepAsync_PendingMessage_IsSentAndMarkedSent()
    {
        using var sut = CreateSut();
        await _outbox.EnqueueAsync(Message("m1"));

        var sent = await sut.SweepAsync();

        Assert.Equal(1, sent);
        var stored = await _outbox.GetAsync("m1");
        Assert.Equal(OutboxState.Sent, stored!.State);
        Assert.Equal("m1", stored.PlatformMessageId);
    }

    [Fact]
    public async Task SweepAsync_PlatformDown_RetriesWithBackoffThenDeliversOnce()
    {
        _sender.ThenFail(new Unavailable("503")).ThenFail(new Unavailable("503"));
        using var sut = CreateSut();
        await _outbox.EnqueueAsync(Message("m1"));

        await sut.SweepAsync();
        var afterFirst = await _outbox.GetAsync("m1");
        await sut.SweepAsync();
        _time.Advance(TimeSpan.FromSeconds(5));
        await sut.SweepAsync();
        _time.Advance(TimeSpan.FromSeconds(10));
        await sut.SweepAsync();

        Assert.Equal(OutboxState.Retrying, afterFirst!.State);
        Assert.Equal("503", afterFirst.LastError);
        // The first retry waits half to all of the base delay (jitter).
        Assert.InRange(afterFirst.DueAt, PostBuilder.Epoch.AddSeconds(2.5), PostBuilder.Epoch.AddSeconds(5));
        Assert.Equal(3, _sender.Attempts.Count);
        Assert.Single(_sender.Sent);
        Assert.Equal(OutboxState.Sent, (await _outbox.GetAsync("m1"))!.State);
    }

    [Fact]
    public async Task SweepAsync_FailsForLongerThanMaxAge_RetriesPastAnyAttemptCountThenExpiresWithTheReasonKept()
    {
        _sender.Outage = _ => new Unavailable("still boom");
        using var sut = CreateSut();
        await _outbox.EnqueueAsync(Message("m1"));

        for (var minute = 0; minute < 119; minute++)
        {
            await sut.SweepAsync();
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        var retrying = await _outbox.GetAsync("m1");
        _time.Advance(TimeSpan.FromMinutes(10));
        await sut.SweepAsync();

        Assert.Equal(OutboxState.Retrying, retrying!.State);
        Assert.True(retrying.Attempts > 8, $"only {retrying.Attempts} attempts in two hours");
        var stored = await _outbox.GetAsync("m1");
        Assert.Equal(OutboxState.Expired, stored!.State);
        Assert.Contains("still boom", stored.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SweepAsync_RateLimited_WaitsRetryAfterWithoutUsingAnAttempt()
    {
        _sender.ThenFail(new RateLimited(TimeSpan.FromSeconds(30), "429"));
        using var sut = CreateSut();
        await _outbox.EnqueueAsync(Message("m1"));

        await sut.SweepAsync();
        _time.Advance(TimeSpan.FromSeconds(29));
        var early = await sut.SweepAsync();
        _time.Advance(TimeSpan.FromSeconds(1));
        var onTime = await sut.SweepAsync();

        Assert.Equal(0, early);
        Assert.Equal(1, onTime);
        Assert.Equal(1, (await _outbox.GetAsync("m1"))!.Attempts);
    }

    [Fact]
    public async Task SweepAsync_PermanentFailure_SuspendsTheSubscriptionWithTheReason()
    {
        var subscription = new Subscription { Chat = Chat };
        await _subscriptions.UpsertAsync(subscription);
        _sender.ThenFail(new PermanentFailure("bot was kicked from the group"));
        using var sut = CreateSut();
        await _outbox.EnqueueAsync(Message("m1", subscription: subscription.Id));

        await sut.SweepAsync();

        Assert.Equal(OutboxState.Dead, (await _outbox.GetAsync("m1"))!.State);
        Assert.Equal("bot was kicked from the group", (await _subscriptions.GetAsync(subscription.Id))!.SuspendedReason);
    }

    [Fact]
    public async Task SweepAsync_OneChatWaiting_KeepsThatChatsOrderButServesOthers()
    {
        _sender.ThenFail(new Unavailable("slow"));
        using var sut = CreateSut();
        await _outbox.EnqueueAsync(Message("a1"));
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await _outbox.EnqueueAsync(Message("a2"));
        await _outbox.EnqueueAsync(Message("b1", new ChatRef("test", "c2")));

        await sut.SweepAsync();

        Assert.Equal(["b1"], _sender.Sent.Select(m => m.Id));
        Assert.Equal(OutboxState.Pending, (await _outbox.GetAsync("a2"))!.State);
    }

    [Fact]
    public async Task SweepAsync_MessageLeftSendingByACrash_IsDeliveredOnRestart()
    {
        await _outbox.EnqueueAsync(Message("m1") with { State = OutboxState.Sending, Attempts = 1 });
        using var sut = CreateSut();

        await sut.SweepAsync();

        Assert.Single(_sender.Sent);
        Assert.Equal(OutboxState.Sent, (await _outbox.GetAsync("m1"))!.State);
    }

    [Fact]
    public async Task SweepAsync_UpdateOfASentAlert_CarriesTheOriginalPlatformMessageId()
    {
        using var sut = CreateSut();
        await _outbox.EnqueueAsync(Message("first"));
        await sut.SweepAsync();
        await _outbox.EnqueueAsync(Message("update") with { Kind = OutboxKind.AlertUpdate, EditsOutboxId = "first" });

        await sut.SweepAsync();

        Assert.Equal("m1", _sender.Sent[1].PlatformMessageId);
    }

    [Fact]
    public async Task SweepAsync_NoSenderForPlatform_RetriesSayingWhy()
    {
        using var sut = CreateSut();
        await _outbox.EnqueueAsync(Message("m1", new ChatRef("discord", "1")));

        await sut.SweepAsync();

        var stored = await _outbox.GetAsync("m1");
        Assert.Equal(OutboxState.Retrying, stored!.State);
        Assert.Contains("no sender is configured for platform 'discord'", stored.LastError, StringComparison.Ordinal);
    }
}
