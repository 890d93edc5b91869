using FactBot.Core.Messages;

namespace FactBot.Core.Abstractions;

/// <summary>The persisted outbox. Enqueue is idempotent on <see cref="OutboxMessage.Id"/>.</summary>
public interface IOutboxStore
{
    /// <summary>Adds the message unless one with its id exists; returns whether it was added.</summary>
    Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken ct = default);

    /// <summary>Pending or retrying messages due at <paramref name="now"/>, oldest first. Messages left in
    /// <see cref="OutboxState.Sending"/> by a crash are returned too, so they are retried.</summary>
    Task<IReadOnlyList<OutboxMessage>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken ct = default);

    Task UpdateAsync(OutboxMessage message, CancellationToken ct = default);

    Task<OutboxMessage?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>Newest first; null state matches all.</summary>
    Task<IReadOnlyList<OutboxMessage>> QueryAsync(OutboxState? state, int limit, CancellationToken ct = default);
}
