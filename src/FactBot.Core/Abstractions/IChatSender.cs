using FactBot.Core.Messages;
using FactBot.Core.Results;
using FactBot.Core.Subscriptions;

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

    /// <summary>
    /// The direct chat with a user, given as the caller key a command recorded (<c>platform:userId (name)</c>), where the
    /// platform lets the bot write to one unasked; null where it does not, or the key is another platform's.
    /// </summary>
    ChatRef? DirectChat(string? callerKey) => null;

    /// <summary>What an operator should check when the platform cannot be reached (settings, network).</summary>
    string Check => $"the {Platform} settings and this machine's network";
}
