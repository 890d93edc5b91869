using FactBot.Core.Subscriptions;

namespace FactBot.Core.Messages;

/// <summary>
/// One message on its way to one chat. Persisted before sending, so a crash loses nothing: pending → sending →
/// sent, or retrying with backoff while it is useful (then expired, folded into the chat's next digest), or dead when
/// the platform refuses it for good, with the reason kept.
/// </summary>
public sealed record OutboxMessage
{
    /// <summary>Unique and deterministic (e.g. <c>alert:A-7K2F:r2:telegram:-100</c>), so enqueueing twice is a no-op.</summary>
    public required string Id { get; init; }

    public required ChatRef Chat { get; init; }

    public required OutboxKind Kind { get; init; }

    public required ChatMessage Message { get; init; }

    public string? AlertId { get; init; }

    public string? SubscriptionId { get; init; }

    public OutboxState State { get; init; } = OutboxState.Pending;

    public int Attempts { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// Where its useful life (<c>Delivery:MaxAge</c>) is counted from: its creation, or when an admin sent it again
    /// (<c>/deliveries retry</c>). Null means <see cref="CreatedAt"/>, which also keeps its place in the chat's order.
    /// </summary>
    public DateTimeOffset? RetriedFrom { get; init; }

    /// <summary>Not before this time (backoff, rate limits).</summary>
    public DateTimeOffset DueAt { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    /// <summary>Why it is retrying or dead.</summary>
    public string? LastError { get; init; }

    /// <summary>The platform's id of the sent message, so an updated alert can edit it.</summary>
    public string? PlatformMessageId { get; init; }

    /// <summary>For an update: the outbox id of the message it edits (the dispatcher looks up its platform id).</summary>
    public string? EditsOutboxId { get; init; }

    /// <summary>For a notice: the outbox id of the message it replies to (the dispatcher looks up its platform id).</summary>
    public string? RepliesToOutboxId { get; init; }

    /// <summary>The platform id of the message this one replies to, when it was sent; senders quote it where they can.</summary>
    public string? ReplyToPlatformMessageId { get; init; }

    /// <summary>
    /// Attempts whose outcome is unknown (a timeout after the request went out): the platform may have shown the message
    /// already, so a retry may show it twice. Counted, so <c>/deliveries</c> can say how many may be duplicates.
    /// </summary>
    public int UncertainAttempts { get; init; }

    /// <summary>Set when an expired message's content was folded into a digest (the digest's outbox id).</summary>
    public string? FoldedInto { get; init; }
}
