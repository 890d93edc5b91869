using FactBot.Core.Abstractions;
using FactBot.Core.Detection.Coordination.Objects;
using FactBot.Core.Digests;
using FactBot.Core.Messages;
using FactBot.Core.Results;
using FactBot.Core.Subscriptions;

namespace FactBot.Core.Delivery;

/// <summary>
/// What a failed send leads to. Transient failures (network, timeouts, 5xx) retry with capped, jittered backoff
/// until the message is older than <see cref="DeliveryOptions.MaxAge"/>, then it expires (the chat's next digest tells
/// what it said, or a catch-up message where the chat has no digest); a rate limit waits as asked without using up anything; a refusal for good is dead, suspends the
/// subscription and tells its admin where the platform allows; a moved chat takes its queue along.
/// </summary>
public sealed class DeliveryFailures(
    IOutboxStore outbox, ISubscriptionStore subscriptions, ChatMover mover, DeliveryOptions options, TimeProvider time)
{
    public async Task<OutboxMessage> HandleAsync(OutboxMessage message, Error error, IChatSender? sender, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (error is Unavailable { MaybeDelivered: true })
            message = message with { UncertainAttempts = message.UncertainAttempts + 1 };

        OutboxMessage next;
        switch (error)
        {
            case ChatMoved moved:
                // Not the message's fault: it goes to the new chat at once, with the rest of the chat's queue.
                var to = await mover.MoveAsync(message.Chat, moved.ChatId, ct);
                next = message with { Chat = to, State = OutboxState.Retrying, Attempts = message.Attempts - 1, DueAt = now, LastError = error.Message };
                break;
            case PermanentFailure:
                next = message with { State = OutboxState.Dead, LastError = error.Message };
                break;
            case RateLimited limited:
                // The platform pacing us, not a failure of the message: it uses up no attempt.
                next = message with
                {
                    State = OutboxState.Retrying, Attempts = message.Attempts - 1, DueAt = now + limited.RetryAfter, LastError = error.Message,
                };
                break;
            case var _ when now - (message.RetriedFrom ?? message.CreatedAt) >= options.MaxAge:
                next = message with
                {
                    State = OutboxState.Expired,
                    LastError = $"still failing after {Formats.Span(now - (message.RetriedFrom ?? message.CreatedAt))} ({message.Attempts} attempts), so it goes into the next digest: {error.Message}",
                };
                break;
            default:
                next = message with { State = OutboxState.Retrying, DueAt = now + Backoff(message), LastError = error.Message };
                break;
        }

        if (next.State == OutboxState.Expired)
            next = await CatchUpAsync(next, now, ct);
        await outbox.UpdateAsync(next, ct);
        if (next.State == OutboxState.Retrying)
            await outbox.HoldChatAsync(next.Chat.Key, next.DueAt, ct); // the chat's later messages must not overtake it
        if (error is PermanentFailure)
            await SuspendAsync(next, error, sender, now, ct);
        return next;
    }

    /// <summary>
    /// Doubling from <see cref="DeliveryOptions.RetryBaseDelay"/> up to <see cref="DeliveryOptions.RetryMaxDelay"/>,
    /// each delay drawn from its upper half so chats that failed together do not all come back at once. The draw is a
    /// hash of the message and attempt: the same failure gives the same schedule, run after run.
    /// </summary>
    public TimeSpan Backoff(OutboxMessage message)
    {
        var doubled = options.RetryBaseDelay * Math.Pow(2, Math.Clamp(message.Attempts - 1, 0, 30));
        var capped = doubled > options.RetryMaxDelay ? options.RetryMaxDelay : doubled;
        var draw = StableHash.Mix(StableHash.Chars(message.Id, (ulong)message.Attempts)) / (double)ulong.MaxValue;
        return capped * (0.5 + (draw / 2));
    }

    // A chat with a digest hears of an expired message there; one without gets a short catch-up of its own instead,
    // which has a full useful life ahead of it.
    private async Task<OutboxMessage> CatchUpAsync(OutboxMessage expired, DateTimeOffset now, CancellationToken ct)
    {
        if ((await subscriptions.ListForChatAsync(expired.Chat.Key, ct)).Any(s => s.WantsDigests()))
            return expired;
        var id = $"missed:{expired.Id}";
        await outbox.EnqueueAsync(new OutboxMessage
        {
            Id = id,
            Chat = expired.Chat,
            Kind = OutboxKind.Digest,
            Message = DigestService.WithMissed(new ChatMessage { Title = "Missed while the platform kept failing" }, [expired]),
            SubscriptionId = expired.SubscriptionId,
            CreatedAt = now,
            DueAt = now,
        }, ct);
        return expired with { FoldedInto = id };
    }

    private async Task SuspendAsync(OutboxMessage message, Error error, IChatSender? sender, DateTimeOffset now, CancellationToken ct)
    {
        if (message.SubscriptionId is not { } id || await subscriptions.GetAsync(id, ct) is not { } subscription)
            return;
        await subscriptions.UpsertAsync(subscription with { SuspendedReason = error.Message }, ct);

        // Whoever subscribed the chat hears why it went quiet, in a direct chat, where the platform lets a bot start one.
        if (sender?.DirectChat(subscription.CreatedBy) is not { } direct || direct.Key == message.Chat.Key)
            return;
        await outbox.EnqueueAsync(new OutboxMessage
        {
            Id = $"suspended:{subscription.Id}:{now.UtcTicks}",
            Chat = direct,
            Kind = OutboxKind.Reply,
            Message = new ChatMessage
            {
                Title = $"FactBot can no longer post in {message.Chat.Key}",
                Summary = $"{error.Message}. The subscription to {subscription.Watchlist} there is suspended; add the bot back (or give it the rights) to resume it.",
            },
            CreatedAt = now,
            DueAt = now,
        }, ct);
    }
}
