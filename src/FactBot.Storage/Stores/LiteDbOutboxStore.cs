using FactBot.Core.Abstractions;
using FactBot.Core.Messages;
using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Stores;

/// <summary>
/// The outbox in LiteDB. Due messages come oldest first by (DueAt, CreatedAt, Id), across Pending and Retrying
/// messages that are due and every message left in Sending; queries list newest created first.
/// <see cref="UpdateAsync"/> stores the message as given (inserting it if it is unknown).
/// </summary>
internal sealed class LiteDbOutboxStore(FactBotDatabase database) : IOutboxStore
{
    private static readonly OutboxState[] DueStates = [OutboxState.Pending, OutboxState.Retrying];

    private readonly ILiteCollection<BsonDocument> _outbox = database.Collection(Collections.Outbox);

    // Enqueue is check-then-insert; the gate keeps two concurrent enqueues of one id from both inserting.
    private readonly Lock _writeGate = new();

    public Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        lock (_writeGate)
        {
            if (_outbox.Exists(Query.EQ("_id", message.Id)))
                return Task.FromResult(false);

            _outbox.Insert(OutboxDocument.ToDocument(message));
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<OutboxMessage>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0)
            return Task.FromResult<IReadOnlyList<OutboxMessage>>([]);

        // Each state's scan is already in (DueAt, CreatedAt, Id) order, so the first `limit` of each suffice
        // for the first `limit` overall.
        var dueBound = OrderKeys.Ticks(now.UtcTicks + 1);
        var candidates = DueStates
            .SelectMany(state => Scan(state, dueBound, limit))
            .Concat(Scan(OutboxState.Sending, ":", limit));
        IReadOnlyList<OutboxMessage> due = candidates
            .OrderBy(doc => DueOrder(doc), StringComparer.Ordinal)
            .Take(limit)
            .Select(OutboxDocument.ToMessage)
            .ToList();
        return Task.FromResult(due);
    }

    public Task UpdateAsync(OutboxMessage message, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        lock (_writeGate)
            _outbox.Upsert(OutboxDocument.ToDocument(message));

        return Task.CompletedTask;
    }

    public Task<OutboxMessage?> GetAsync(string id, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var doc = _outbox.FindById(id);
        return Task.FromResult(doc is null ? null : OutboxDocument.ToMessage(doc));
    }

    public Task<IReadOnlyList<OutboxMessage>> QueryAsync(OutboxState? state, int limit, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0)
            return Task.FromResult<IReadOnlyList<OutboxMessage>>([]);

        var query = state is { } s
            ? _outbox.Query().Where(
                $"$.{OutboxDocument.StateCreated} BETWEEN @0 AND @1",
                OrderKeys.Join(s.ToString(), ""),
                OrderKeys.Join(s.ToString(), ":"))
            : _outbox.Query().OrderBy($"$.{OutboxDocument.CreatedOrder}");
        IReadOnlyList<OutboxMessage> messages = query.Limit(limit).ToEnumerable().Select(OutboxDocument.ToMessage).ToList();
        return Task.FromResult(messages);
    }

    /// <summary>Messages of one state whose due key is below <paramref name="dueBound"/>, in due order.</summary>
    private List<BsonDocument> Scan(OutboxState state, string dueBound, int limit) => _outbox.Query()
        .Where(
            $"$.{OutboxDocument.StateDue} BETWEEN @0 AND @1",
            OrderKeys.Join(state.ToString(), ""),
            OrderKeys.Join(state.ToString(), dueBound))
        .Limit(limit)
        .ToList();

    private static string DueOrder(BsonDocument doc)
    {
        var key = doc[OutboxDocument.StateDue].AsString;
        return key[(key.IndexOf(OrderKeys.Separator, StringComparison.Ordinal) + 1)..];
    }
}
