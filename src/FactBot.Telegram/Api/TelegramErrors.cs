using FactBot.Core.Results;
using Telegram.Bot.Exceptions;

namespace FactBot.Telegram.Api;

/// <summary>
/// Turns what Telegram.Bot throws into FactBot's expected-failure values: 429 → <see cref="RateLimited"/> (its
/// retry_after), a chat that is gone or refuses the bot → <see cref="PermanentFailure"/> (the subscription is then
/// suspended), anything that may pass (5xx, network, timeouts, other bad requests) → <see cref="Unavailable"/>.
/// </summary>
internal static class TelegramErrors
{
    /// <summary>The name health reports and logs use.</summary>
    public const string PlatformName = Delivery.ChatTarget.Platform;

    /// <summary>What an operator should check when Telegram cannot be reached.</summary>
    public const string Check = "Telegram:ApiBaseUrl, FACTBOT__Telegram__Token and this machine's network";

    public const string RejectedToken =
        "Telegram rejected the bot token (401 Unauthorized). Set FACTBOT__Telegram__Token to the token @BotFather gave you " +
        "(and Telegram:ApiBaseUrl to https://api.telegram.org unless you run your own Bot API server), then start FactBot again.";

    // 400 descriptions that mean the bot can no longer write to the chat; retrying will not change them.
    private static readonly string[] GoneForGood =
    [
        "chat not found", "bot was kicked", "bot was blocked", "user is deactivated", "have no rights to send",
        "not enough rights", "chat_write_forbidden", "need administrator rights", "group chat was upgraded",
        "bot is not a member", "peer_id_invalid",
    ];

    /// <summary>Null when the exception is not an expected failure (a bug, or cancellation): let it propagate.</summary>
    public static Error? Map(Exception exception) => exception switch
    {
        // A group upgraded to a supergroup: the error names the new id, and the chat's queue moves there.
        ApiRequestException { Parameters.MigrateToChatId: { } to } => new ChatMoved(
            to.ToString(System.Globalization.CultureInfo.InvariantCulture), $"the Telegram group became a supergroup with id {to}"),
        ApiRequestException { ErrorCode: 400 } e when IsTooLong(e.Message) => new TooLong($"Telegram found the message too long: {e.Message}"),
        ApiRequestException { ErrorCode: 429 } e => new RateLimited(
            TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 1)),
            $"Telegram rate limit (429): retry after {Math.Max(1, e.Parameters?.RetryAfter ?? 1)} s"),
        ApiRequestException { ErrorCode: 403 } e => new PermanentFailure($"Telegram refused (403): {e.Message}"),
        ApiRequestException { ErrorCode: 400 } e when IsGone(e.Message) => new PermanentFailure($"Telegram refused (400): {e.Message}"),
        ApiRequestException { ErrorCode: 401 or 404 } e => new Unavailable(
            $"Telegram rejected the bot token ({e.ErrorCode}): check FACTBOT__Telegram__Token and Telegram:ApiBaseUrl"),
        ApiRequestException e => new Unavailable($"Telegram answered {e.ErrorCode}: {e.Message}"),
        RequestException { InnerException: TaskCanceledException or TimeoutException } => new Unavailable("Telegram did not answer in time") { MaybeDelivered = true },
        RequestException e => new Unavailable($"Telegram could not be reached: {e.Message}"),
        HttpRequestException e => new Unavailable($"Telegram could not be reached: {e.Message}"),
        // The request went out: Telegram may have shown the message, so a retry may show it twice (counted).
        TaskCanceledException or TimeoutException => new Unavailable("Telegram did not answer in time") { MaybeDelivered = true },
        _ => null,
    };

    /// <summary>"message is not modified": an edit that changes nothing, which is success for us.</summary>
    public static bool IsNotModified(Exception exception) =>
        exception is ApiRequestException { ErrorCode: 400 } e && e.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase);

    /// <summary>The message to edit is gone or too old to edit: send a new one instead.</summary>
    public static bool CannotEdit(Exception exception) =>
        exception is ApiRequestException { ErrorCode: 400 } e
        && (e.Message.Contains("message to edit not found", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("message can't be edited", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("there is no text in the message", StringComparison.OrdinalIgnoreCase)
            || e.Message.Contains("there is no caption in the message", StringComparison.OrdinalIgnoreCase));

    public static bool IsUnauthorized(Exception exception) => exception is ApiRequestException { ErrorCode: 401 };

    public static bool IsConflict(Exception exception) => exception is ApiRequestException { ErrorCode: 409 };

    private static bool IsTooLong(string description) =>
        description.Contains("too long", StringComparison.OrdinalIgnoreCase) || description.Contains("_TOO_LONG", StringComparison.OrdinalIgnoreCase);

    private static bool IsGone(string description) =>
        GoneForGood.Any(phrase => description.Contains(phrase, StringComparison.OrdinalIgnoreCase));
}
