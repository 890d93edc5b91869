using FactBot.Core.Messages;
using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Stores;

/// <summary>The outbox store's queries, kept apart so tests can check LiteDB's plan for each.</summary>
internal static class OutboxQueries
{
    /// <summary>
    /// The <see cref="OutboxDocument.StateDue"/> keys of one state whose due part sorts below <paramref name="dueBound"/>,
    /// read from the index alone (selecting only the indexed field spares loading documents and their charts).
    /// </summary>
    public static ILiteQueryableResult<BsonDocument> DueKeys(ILiteCollection<BsonDocument> outbox, OutboxState state, string dueBound) =>
        outbox.Query()
            .Where(
                $"$.{OutboxDocument.StateDue} BETWEEN @0 AND @1",
                OrderKeys.Join(state.ToString(), ""),
                OrderKeys.Join(state.ToString(), dueBound))
            .Select($"$.{OutboxDocument.StateDue}");

    /// <summary>A chat's waiting messages (pending, retrying, sending), oldest created first.</summary>
    public static IEnumerable<BsonDocument> Waiting(ILiteCollection<BsonDocument> outbox, string chatKey)
    {
        var (low, high) = OrderKeys.AllUnder(chatKey);
        return outbox.Query().Where($"$.{OutboxDocument.ChatQueue} BETWEEN @0 AND @1", low, high).ToEnumerable();
    }

    /// <summary>Messages newest created first, of one state or all.</summary>
    public static ILiteQueryableResult<BsonDocument> NewestFirst(ILiteCollection<BsonDocument> outbox, OutboxState? state, int limit)
    {
        var query = state is { } s
            ? outbox.Query().Where(
                $"$.{OutboxDocument.StateCreated} BETWEEN @0 AND @1",
                OrderKeys.Join(s.ToString(), ""),
                OrderKeys.Join(s.ToString(), ":"))
            : outbox.Query().OrderBy($"$.{OutboxDocument.CreatedOrder}");
        return query.Limit(limit);
    }
}
