using FactBot.Core.Abstractions;
using FactBot.Core.Messages;
using FactBot.Core.Results;
using Microsoft.Extensions.Logging;

namespace FactBot.Core.Delivery;

/// <summary>
/// Moves outbox messages to their platforms: pending → sending → sent, or retrying with backoff, or dead with the
/// reason kept. A permanent refusal suspends the subscription. Messages of one chat keep their order: when one
/// must wait, the chat's later messages wait too.
/// </summary>
public sealed partial class OutboxDispatcher(
    IOutboxStore outbox,
    ISubscriptionStore subscriptions,
    IEnumerable<IChatSender> senders,
    DeliveryOptions options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : IDisposable
{
    private readonly Dictionary<string, IChatSender> _senders =
        senders.GroupBy(s => s.Platform, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
    private readonly SemaphoreSlim _sweepGate = new(1, 1);

    /// <summary>Sends what is due; returns how many were sent. Concurrent sweeps wait for each other.</summary>
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        await _sweepGate.WaitAsync(ct);
        try
        {
            var due = await outbox.GetDueAsync(time.GetUtcNow(), options.SweepBatch, ct);
            var blockedChats = new HashSet<string>(StringComparer.Ordinal);
            var sent = 0;
            foreach (var message in due)
            {
                if (blockedChats.Contains(message.Chat.Key))
                    continue;
                var result = await DeliverAsync(message, ct);
                if (result.State == OutboxState.Sent)
                    sent++;
                else
                    blockedChats.Add(message.Chat.Key);
            }

            return sent;
        }
        finally
        {
            _sweepGate.Release();
        }
    }

    /// <summary>Sweeps until nothing is due now (the demo and tests drain the outbox this way).</summary>
    public async Task<int> DrainAsync(CancellationToken ct = default)
    {
        var total = 0;
        while (await SweepAsync(ct) is var sent and > 0)
            total += sent;
        return total;
    }

    private async Task<OutboxMessage> DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var attempt = message with { State = OutboxState.Sending, Attempts = message.Attempts + 1 };
        await outbox.UpdateAsync(attempt, ct);

        if (!_senders.TryGetValue(message.Chat.Platform, out var sender))
            return await FailAsync(attempt, new Unavailable($"no sender is configured for platform '{message.Chat.Platform}'"), ct);

        if (attempt.EditsOutboxId is { } original && attempt.PlatformMessageId is null)
        {
            var first = await outbox.GetAsync(original, ct);
            attempt = attempt with { PlatformMessageId = first?.State == OutboxState.Sent ? first.PlatformMessageId : null };
        }

        var result = await sender.SendAsync(attempt, ct);
        if (result.IsSuccess)
        {
            var sent = attempt with { State = OutboxState.Sent, SentAt = now, PlatformMessageId = result.Value, LastError = null };
            await outbox.UpdateAsync(sent, ct);
            return sent;
        }

        return await FailAsync(attempt, result.Error, ct);
    }

    private async Task<OutboxMessage> FailAsync(OutboxMessage message, Error error, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        OutboxMessage next = error switch
        {
            PermanentFailure => message with { State = OutboxState.Dead, LastError = error.Message },
            // A rate limit is the platform pacing us, not a failure of the message: it does not use up attempts.
            RateLimited limited => message with
            {
                State = OutboxState.Retrying, Attempts = message.Attempts - 1, DueAt = now + limited.RetryAfter, LastError = error.Message,
            },
            _ when message.Attempts >= options.MaxAttempts => message with
            {
                State = OutboxState.Dead, LastError = $"gave up after {message.Attempts} attempts: {error.Message}",
            },
            _ => message with { State = OutboxState.Retrying, DueAt = now + Backoff(message.Attempts), LastError = error.Message },
        };
        await outbox.UpdateAsync(next, ct);
        LogFailed(logger, message.Id, message.Chat.Key, next.State, error.Message);

        if (error is PermanentFailure && message.SubscriptionId is { } subscriptionId
            && await subscriptions.GetAsync(subscriptionId, ct) is { } subscription)
        {
            await subscriptions.UpsertAsync(subscription with { SuspendedReason = error.Message }, ct);
        }

        return next;
    }

    private TimeSpan Backoff(int attempts)
    {
        var delay = options.RetryBaseDelay * Math.Pow(2, Math.Max(0, attempts - 1));
        return delay > options.RetryMaxDelay ? options.RetryMaxDelay : delay;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of {MessageId} to {Chat} failed ({State}): {Reason}")]
    private static partial void LogFailed(ILogger logger, string messageId, string chat, OutboxState state, string reason);

    public void Dispose() => _sweepGate.Dispose();
}
