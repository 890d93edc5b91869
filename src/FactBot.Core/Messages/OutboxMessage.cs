using FactBot.Core.Subscriptions;

namespace FactBot.Core.Messages;

/// <summary>
/// One message on its way to one chat. Persisted before sending, so a crash loses nothing: pending → sending →
/// sent, or retrying with backoff, or dead after the last attempt with the reason kept.
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

    /// <summary>Not before this time (backoff, rate limits).</summary>
    public DateTimeOffset DueAt { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    /// <summary>Why it is retrying or dead.</summary>
    public string? LastError { get; init; }

    /// <summary>The platform's id of the sent message, so an updated alert can edit it.</summary>
    public string? PlatformMessageId { get; init; }

    /// <summary>For an update: the outbox id of the message it edits (the dispatcher looks up its platform id).</summary>
    public string? EditsOutboxId { get; init; }
}
