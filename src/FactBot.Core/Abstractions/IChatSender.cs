using FactBot.Core.Messages;
using FactBot.Core.Results;

namespace FactBot.Core.Abstractions;

/// <summary>
/// Delivers outbox messages to one platform. Expected failures come back as values: <see cref="RateLimited"/>
/// and <see cref="Unavailable"/> are retried, <see cref="PermanentFailure"/> suspends the subscription.
/// </summary>
public interface IChatSender
{
    /// <summary>The platform name this sender serves ("console", "telegram", "discord").</summary>
    string Platform { get; }

    /// <summary>Sends (or, when <see cref="OutboxMessage.PlatformMessageId"/> of an earlier message is known,
    /// edits) and returns the platform's message id.</summary>
    Task<Result<string>> SendAsync(OutboxMessage message, CancellationToken ct = default);
}
