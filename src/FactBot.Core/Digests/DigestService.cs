using System.Globalization;
using FactBot.Core.Abstractions;
using FactBot.Core.Messages;
using FactBot.Core.Subscriptions;

namespace FactBot.Core.Digests;

/// <summary>Builds a subscription's digest and puts it in the outbox; remembers when, so the next covers what follows.</summary>
public sealed class DigestService(DigestBuilder builder, ISubscriptionStore subscriptions, IOutboxStore outbox, TimeProvider time)
{
    /// <summary>The period a first digest covers when the subscription has never had one.</summary>
    public static readonly TimeSpan FirstDigestLookback = TimeSpan.FromDays(1);

    private const int MaxMissedRead = 1000;
    private const int MaxMissedListed = 10;

    /// <summary>Returns whether a digest was enqueued (an empty one is skipped unless asked for).</summary>
    public async Task<bool> SendAsync(string subscriptionId, CancellationToken ct = default)
    {
        if (await subscriptions.GetAsync(subscriptionId, ct) is not { } subscription || !subscription.WantsDigests())
            return false;
        return await SendAsync(subscription, ct);
    }

    /// <summary>
    /// The digest the subscription would get now, to show on request (<c>/digest</c>): never null (an empty period
    /// says so), nothing is enqueued, and the last-digest mark is left alone so the scheduled digest still covers it.
    /// </summary>
    public async Task<ChatMessage> PreviewAsync(Subscription subscription, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var since = Since(subscription, now);
        var message = await builder.BuildAsync(subscription with { SendEmptyDigest = true }, since, now, ct);
        return message ?? throw new InvalidOperationException("A digest asked to be sent even when empty came back empty.");
    }

    public async Task<bool> SendAsync(Subscription subscription, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var since = Since(subscription, now);
        var missed = await MissedAsync(outbox, subscription.Chat, ct);
        var message = await builder.BuildAsync(subscription with { SendEmptyDigest = subscription.SendEmptyDigest || missed.Count > 0 }, since, now, ct);
        if (message is null)
        {
            await subscriptions.UpsertAsync(subscription with { LastDigestAt = now }, ct);
            return false;
        }

        // Enqueued before the marks move: a crash in between sends a period twice rather than never.
        var id = $"digest:{subscription.Id}:{now.UtcTicks.ToString(CultureInfo.InvariantCulture)}";
        await outbox.EnqueueAsync(new OutboxMessage
        {
            Id = id,
            Chat = subscription.Chat,
            Kind = OutboxKind.Digest,
            Message = WithMissed(message, missed),
            SubscriptionId = subscription.Id,
            CreatedAt = now,
            DueAt = now,
        }, ct);
        foreach (var expired in missed)
            await outbox.UpdateAsync(expired with { FoldedInto = id }, ct);
        await subscriptions.UpsertAsync(subscription with { LastDigestAt = now }, ct);
        return true;
    }

    /// <summary>Messages to this chat that expired undelivered and no digest has told yet, oldest first.</summary>
    public static async Task<IReadOnlyList<OutboxMessage>> MissedAsync(IOutboxStore outbox, ChatRef chat, CancellationToken ct) =>
        [.. (await outbox.QueryAsync(OutboxState.Expired, MaxMissedRead, ct))
            .Where(m => m.FoldedInto is null && m.Chat.Key == chat.Key)
            .Reverse()];

    /// <summary>The digest with a section naming what could not be delivered in time.</summary>
    public static ChatMessage WithMissed(ChatMessage message, IReadOnlyList<OutboxMessage> missed)
    {
        if (missed.Count == 0)
            return message;
        var lines = missed.Take(MaxMissedListed).Select(m => "• " + m.Message.Title).ToList();
        if (missed.Count > MaxMissedListed)
            lines.Add($"… and {missed.Count - MaxMissedListed} more (/deliveries state:expired)");
        return message with
        {
            Fields = [.. message.Fields, new ChatField("Not delivered in time (the platform kept failing)", string.Join("\n", lines), Inline: false)],
        };
    }

    /// <summary>
    /// Where the digest starts: the last one, or a day back for a first digest, or when the last one lies ahead of the
    /// clock (a replay set the clock back to its data's start).
    /// </summary>
    public static DateTimeOffset Since(Subscription subscription, DateTimeOffset now) =>
        subscription.LastDigestAt is { } last && last <= now ? last : now - FirstDigestLookback;
}
