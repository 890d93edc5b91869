using FactBot.Core.Abstractions;
using FactBot.Core.Messages;
using FactBot.Core.Results;
using FactBot.Core.Subscriptions;

namespace FactBot.TestKit.Delivery;

/// <summary>A chat sender that answers from a script (then succeeds) and records what it was asked to send.</summary>
public sealed class ScriptedChatSender(string platform = "test") : IChatSender
{
    private readonly Queue<Error> _failures = new();
    private readonly List<OutboxMessage> _sent = [];
    private readonly List<OutboxMessage> _attempts = [];

    public string Platform { get; } = platform;

    public IReadOnlyList<OutboxMessage> Sent => _sent;

    public IReadOnlyList<OutboxMessage> Attempts => _attempts;

    /// <summary>While set and answering an error, every send fails with it (an outage), before the script.</summary>
    public Func<OutboxMessage, Error?>? Outage { get; set; }

    /// <summary>The direct chat of a subscriber, as the platform would give it (none by default).</summary>
    public Func<string?, ChatRef?> Direct { get; set; } = _ => null;

    public ChatRef? DirectChat(string? callerKey) => Direct(callerKey);

    public ScriptedChatSender ThenFail(Error error)
    {
        _failures.Enqueue(error);
        return this;
    }

    public Task<Result<string>> SendAsync(OutboxMessage message, CancellationToken ct = default)
    {
        _attempts.Add(message);
        if (Outage?.Invoke(message) is { } down)
            return Task.FromResult(Result<string>.Fail(down));
        if (_failures.TryDequeue(out var error))
            return Task.FromResult(Result<string>.Fail(error));
        _sent.Add(message);
        return Task.FromResult(Result<string>.Ok($"m{_sent.Count}"));
    }
}
