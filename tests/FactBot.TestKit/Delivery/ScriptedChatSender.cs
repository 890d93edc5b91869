using FactBot.Core.Abstractions;
using FactBot.Core.Messages;
using FactBot.Core.Results;

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

    public ScriptedChatSender ThenFail(Error error)
    {
        _failures.Enqueue(error);
        return this;
    }

    public Task<Result<string>> SendAsync(OutboxMessage message, CancellationToken ct = default)
    {
        _attempts.Add(message);
        if (_failures.TryDequeue(out var error))
            return Task.FromResult(Result<string>.Fail(error));
        _sent.Add(message);
        return Task.FromResult(Result<string>.Ok($"m{_sent.Count}"));
    }
}
