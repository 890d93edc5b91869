using FactBot.Core.Messages;

namespace FactBot.Core.Abstractions;

/// <summary>
/// The persisted outbox. Enqueue is idempotent on <see cref="OutboxMessage.Id"/>. Each chat's waiting messages are a
/// first-in, first-out queue: a message enqueued is not due before those waiting ahead of it in its chat.
/// </summary>
public interface IOutboxStore
{
    /// <summary>Adds the message unless one with its id exists; returns whether it was added.</summary>
    Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken ct = default);

    /// <summary>Pending or retrying messages due at <paramref name="now"/>, oldest first. Messages left in
    /// <see cref="OutboxState.Sending"/> by a crash are returned too, so they are retried.</summary>
    Task<IReadOnlyList<OutboxMessage>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken ct = default);

    Task UpdateAsync(OutboxMessage message, CancellationToken ct = default);

    Task<OutboxMessage?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>
    /// Makes every waiting message (pending, retrying) of a chat wait until at least <paramref name="until"/>: its first
    /// message failed and is retried then, and the rest must not overtake it.
    /// </summary>
    Task HoldChatAsync(string chatKey, DateTimeOffset until, CancellationToken ct = default);

    /// <summary>
    /// Points every message not yet sent (pending, retrying, sending) of a chat, in every topic of it, at the chat's new
    /// id; returns how many moved.
    /// </summary>
    Task<int> MoveChatAsync(string platform, string fromChatId, string toChatId, CancellationToken ct = default);

    /// <summary>Newest first; null state matches all.</summary>
    Task<IReadOnlyList<OutboxMessage>> QueryAsync(OutboxState? state, int limit, CancellationToken ct = default);
}
