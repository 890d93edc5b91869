using FactBot.Core.Abstractions;
using FactBot.Core.Messages;
using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Stores;

/// <summary>
/// The outbox in LiteDB. Due messages are Pending and Retrying ones with DueAt at or before now, plus every message
/// left in Sending, oldest created first (ties by id); each chat's waiting messages are a first-in, first-out queue (a new
/// message is not due before the ones ahead of it; a held chat's are all held), which keeps its messages in order
/// across sweeps and restarts. Queries list newest created first.
/// <see cref="UpdateAsync"/> stores the message as given (inserting it if it is unknown).
/// </summary>
internal sealed class LiteDbOutboxStore(FactBotDatabase database) : IOutboxStore
{
    private static readonly OutboxState[] DueStates = [OutboxState.Pending, OutboxState.Retrying];

    private readonly ILiteCollection<BsonDocument> _outbox = database.Collection(Collections.Outbox);

    // No lock of our own: enqueues run inside atomic scopes, and a thread holding a lock while it waits for LiteDB's
    // collection lock (held by an open scope that wants the same lock next) would deadlock. The unique _id decides.
    public Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        if (_outbox.Exists("_id = @0", message.Id))
            return Task.FromResult(false);
        try
        {
            // A chat's queue is first in, first out: a new message is not due before the ones waiting ahead of it.
            var ahead = OutboxQueries.Waiting(_outbox, message.Chat.Key).Select(OutboxDocument.ToMessage).Select(m => m.DueAt).DefaultIfEmpty().Max();
            _outbox.Insert(OutboxDocument.ToDocument(message.DueAt < ahead ? message with { DueAt = ahead } : message));
            return Task.FromResult(true);
        }
        catch (LiteException ex) when (ex.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return Task.FromResult(false);
        }
    }

    public Task<IReadOnlyList<OutboxMessage>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0)
            return Task.FromResult<IReadOnlyList<OutboxMessage>>([]);

        // The due scans read index keys only (no documents, no chart PNGs), so a large backlog stays cheap;
        // only the `limit` oldest are then loaded.
        var dueBound = OrderKeys.Ticks(now.UtcTicks + 1);
        var keys = DueStates
            .SelectMany(state => DueKeys(state, dueBound))
            .Concat(DueKeys(OutboxState.Sending, ":"))
            .Select(OutboxDocument.CreationOrder)
            .OrderBy(key => key.Created, StringComparer.Ordinal)
            .ThenBy(key => key.Id, StringComparer.Ordinal)
            .Take(limit);
        IReadOnlyList<OutboxMessage> due = keys
            .Select(key => _outbox.FindById(key.Id))
            .OfType<BsonDocument>()
            .Select(OutboxDocument.ToMessage)
            .ToList();
        return Task.FromResult(due);
    }

    public Task UpdateAsync(OutboxMessage message, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
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

        IReadOnlyList<OutboxMessage> messages = OutboxQueries.NewestFirst(_outbox, state, limit)
            .ToEnumerable()
            .Select(OutboxDocument.ToMessage)
            .ToList();
        return Task.FromResult(messages);
    }

    public Task HoldChatAsync(string chatKey, DateTimeOffset until, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        foreach (var message in OutboxQueries.Waiting(_outbox, chatKey).Select(OutboxDocument.ToMessage).ToList())
        {
            if (message.State != OutboxState.Sending && message.DueAt < until)
                _outbox.Update(OutboxDocument.ToDocument(message with { DueAt = until }));
        }

        return Task.CompletedTask;
    }

    public Task<int> MoveChatAsync(string platform, string fromChatId, string toChatId, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var moved = 0;
        foreach (var state in (OutboxState[])[.. DueStates, OutboxState.Sending])
        {
            foreach (var key in DueKeys(state, ":"))
            {
                var (_, id) = OutboxDocument.CreationOrder(key);
                if (_outbox.FindById(id) is not { } doc || OutboxDocument.ToMessage(doc) is not { } message
                    || message.Chat.Platform != platform || message.Chat.ChatId != fromChatId)
                    continue;
                _outbox.Update(OutboxDocument.ToDocument(message with { Chat = message.Chat with { ChatId = toChatId } }));
                moved++;
            }
        }

        return Task.FromResult(moved);
    }

    private List<string> DueKeys(OutboxState state, string dueBound) => OutboxQueries.DueKeys(_outbox, state, dueBound)
        .ToEnumerable()
        .Select(row => row[OutboxDocument.StateDue].AsString)
        .ToList();
}
