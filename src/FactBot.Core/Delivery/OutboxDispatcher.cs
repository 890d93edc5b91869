using FactBot.Core.Abstractions;
using FactBot.Core.Health;
using FactBot.Core.Messages;
using FactBot.Core.Results;
using Microsoft.Extensions.Logging;

namespace FactBot.Core.Delivery;

/// <summary>
/// Moves outbox messages to their platforms: pending → sending → sent; through transient failures, retrying with
/// capped, jittered backoff for as long as the message is useful (<see cref="DeliveryOptions.MaxAge"/>), then expired
/// and folded into the chat's next digest; dead with the reason kept when the platform refuses for good (the
/// subscription is then suspended and its admin told where the platform allows). A chat that moved (a Telegram group
/// upgraded to a supergroup) takes its subscriptions and queued messages along. Messages of one chat keep their order:
/// when one must wait, the chat's later messages wait too.
/// </summary>
public sealed partial class OutboxDispatcher(
    IOutboxStore outbox,
    DeliveryFailures failures,
    IEnumerable<IChatSender> senders,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger,
    DeliveryOptions options,
    PlatformHealth? health = null) : IDisposable
{
    private readonly Dictionary<string, IChatSender> _senders =
        senders.GroupBy(s => s.Platform, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
    private readonly SemaphoreSlim _sweepGate = new(1, 1);

    // A drain stops on its own once nothing is due; this only bounds a platform that keeps answering "moved".
    private const int MaxDrainRounds = 10_000;

    /// <summary>Sends what is due; returns how many were sent. Concurrent sweeps wait for each other.</summary>
    public async Task<int> SweepAsync(CancellationToken ct = default) => (await SweepOnceAsync(ct)).Sent;

    /// <summary>
    /// Sweeps until a sweep changes nothing more (the demo and tests drain the outbox this way): messages due later
    /// (backoff, rate limits) stay where they are.
    /// </summary>
    public async Task<int> DrainAsync(CancellationToken ct = default)
    {
        var total = 0;
        for (var round = 0; round < MaxDrainRounds; round++)
        {
            var (sent, settled) = await SweepOnceAsync(ct);
            total += sent;
            if (!settled)
                break;
        }

        return total;
    }

    // Settled: some message reached an end (sent, dead, expired) or moved, so another sweep may find more to do.
    private async Task<(int Sent, bool Settled)> SweepOnceAsync(CancellationToken ct)
    {
        await _sweepGate.WaitAsync(ct);
        try
        {
            var due = await outbox.GetDueAsync(time.GetUtcNow(), options.SweepBatch, ct);
            var blockedChats = new HashSet<string>(StringComparer.Ordinal);
            var (sent, settled) = (0, false);
            foreach (var message in due)
            {
                if (blockedChats.Contains(message.Chat.Key))
                    continue;
                var result = await DeliverAsync(message, ct);
                if (result.Chat.Key != message.Chat.Key)
                    return (sent, true); // the chat moved, with its queue: what this batch holds of it is stale
                if (result.State == OutboxState.Sent)
                    sent++;
                else if (result.State is not (OutboxState.Dead or OutboxState.Expired))
                    blockedChats.Add(message.Chat.Key);
                settled |= result.State is OutboxState.Sent or OutboxState.Dead or OutboxState.Expired;
            }

            return (sent, settled);
        }
        finally
        {
            _sweepGate.Release();
        }
    }

    private async Task<OutboxMessage> DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        // Left in Sending by a crash: the platform may have shown it already, so this send may show it twice.
        var uncertain = message.State == OutboxState.Sending ? 1 : 0;
        var attempt = message with
        {
            State = OutboxState.Sending, Attempts = message.Attempts + 1, UncertainAttempts = message.UncertainAttempts + uncertain,
        };
        await outbox.UpdateAsync(attempt, ct);

        if (!_senders.TryGetValue(message.Chat.Platform, out var sender))
            return await failures.HandleAsync(attempt, new Unavailable($"no sender is configured for platform '{message.Chat.Platform}'"), null, ct);

        attempt = await ResolveAsync(attempt, ct);
        var result = await sender.SendAsync(attempt, ct);
        if (result.IsSuccess || result.Error is not Unavailable)
            health?.Succeeded(sender.Platform); // it answered
        else
            health?.Failed(sender.Platform, result.Error.Message, sender.Check);
        if (!result.IsSuccess)
        {
            var next = await failures.HandleAsync(attempt, result.Error, sender, ct);
            LogFailed(logger, message.Id, message.Chat.Key, next.State, result.Error.Message);
            return next;
        }

        var sent = attempt with { State = OutboxState.Sent, SentAt = time.GetUtcNow(), PlatformMessageId = result.Value, LastError = null };
        await outbox.UpdateAsync(sent, ct);
        return sent;
    }

    // The platform ids of the message an update edits and a notice replies to, now that per-chat order has sent them.
    private async Task<OutboxMessage> ResolveAsync(OutboxMessage attempt, CancellationToken ct)
    {
        if (attempt.EditsOutboxId is { } original && attempt.PlatformMessageId is null)
            attempt = attempt with { PlatformMessageId = await SentIdAsync(original, ct) };
        if (attempt.RepliesToOutboxId is { } quoted && attempt.ReplyToPlatformMessageId is null)
            attempt = attempt with { ReplyToPlatformMessageId = await SentIdAsync(quoted, ct) };
        return attempt;
    }

    private async Task<string?> SentIdAsync(string outboxId, CancellationToken ct) =>
        await outbox.GetAsync(outboxId, ct) is { State: OutboxState.Sent } sent ? sent.PlatformMessageId : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of {MessageId} to {Chat} failed ({State}): {Reason}")]
    private static partial void LogFailed(ILogger logger, string messageId, string chat, OutboxState state, string reason);

    public void Dispose() => _sweepGate.Dispose();
}
