using FactBot.Core.Abstractions;
using FactBot.Core.Messages;

namespace FactBot.TestKit.Fakes;

/// <summary>
/// <see cref="IOutboxStore"/> in a dictionary, with the LiteDB store's semantics (a contract test keeps them equal):
/// due = Pending/Retrying with DueAt at or before now, plus everything in Sending, oldest created first (ties by id);
/// a chat's waiting messages are first in, first out (enqueue and hold);
/// queries newest created first (ties by id); update stores the message as given.
/// </summary>
public sealed class InMemoryOutboxStore : IOutboxStore
{
    private readonly Dictionary<string, OutboxMessage> _messages = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Every message, oldest created first (a snapshot).</summary>
    public IReadOnlyList<OutboxMessage> All
    {
        get
        {
            lock (_gate)
                return [.. _messages.Values.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id, StringComparer.Ordinal)];
        }
    }

    public Task<bool> EnqueueAsync(OutboxMessage message, CancellationToken ct = default)
    {
        lock (_gate)
        {
            if (_messages.ContainsKey(message.Id))
                return Task.FromResult(false);
            var ahead = Waiting(message.Chat.Key).Select(m => m.DueAt).DefaultIfEmpty().Max();
            _messages[message.Id] = message.DueAt < ahead ? message with { DueAt = ahead } : message;
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<OutboxMessage>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        lock (_gate)
        {
            IReadOnlyList<OutboxMessage> due =
            [
                .. _messages.Values
                    .Where(m => m.State == OutboxState.Sending
                        || (m.State is OutboxState.Pending or OutboxState.Retrying && m.DueAt <= now))
                    .OrderBy(m => m.CreatedAt)
                    .ThenBy(m => m.Id, StringComparer.Ordinal)
                    .Take(limit),
            ];
            return Task.FromResult(due);
        }
    }

    public Task UpdateAsync(OutboxMessage message, CancellationToken ct = default)
    {
        lock (_gate)
            _messages[message.Id] = message;

        return Task.CompletedTask;
    }

    public Task<OutboxMessage?> GetAsync(string id, CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult(_messages.GetValueOrDefault(id));
    }

    public Task HoldChatAsync(string chatKey, DateTimeOffset until, CancellationToken ct = default)
    {
        lock (_gate)
        {
            foreach (var message in Waiting(chatKey).Where(m => m.State != OutboxState.Sending && m.DueAt < until).ToList())
                _messages[message.Id] = message with { DueAt = until };
        }

        return Task.CompletedTask;
    }

    // Under the gate.
    private IEnumerable<OutboxMessage> Waiting(string chatKey) =>
        _messages.Values.Where(m => m.Chat.Key == chatKey && m.State is OutboxState.Pending or OutboxState.Retrying or OutboxState.Sending);

    public Task<int> MoveChatAsync(string platform, string fromChatId, string toChatId, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var queued = _messages.Values
                .Where(m => m.State is OutboxState.Pending or OutboxState.Retrying or OutboxState.Sending
                    && m.Chat.Platform == platform && m.Chat.ChatId == fromChatId)
                .ToList();
            foreach (var message in queued)
                _messages[message.Id] = message with { Chat = message.Chat with { ChatId = toChatId } };
            return Task.FromResult(queued.Count);
        }
    }

    public Task<IReadOnlyList<OutboxMessage>> QueryAsync(OutboxState? state, int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        lock (_gate)
        {
            IReadOnlyList<OutboxMessage> messages =
            [
                .. _messages.Values
                    .Where(m => state is null || m.State == state)
                    .OrderByDescending(m => m.CreatedAt)
                    .ThenBy(m => m.Id, StringComparer.Ordinal)
                    .Take(limit),
            ];
            return Task.FromResult(messages);
        }
    }
}
