using FactBot.Core.Results;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactBot.Discord.Rest;

/// <summary>
/// Everything that paces REST calls: the invalid-request guard, the global limit (interaction routes are exempt)
/// and the learned per-route buckets. Shared by every caller, so a 429 anywhere slows everyone down.
/// </summary>
internal sealed partial class DiscordRateLimiter(IOptions<DiscordOptions> options, TimeProvider time, ILogger<DiscordRateLimiter> logger)
{
    private readonly GlobalRateLimit _global = new(time, options.Value.GlobalRequestsPerSecond);
    private readonly RateLimitBuckets _buckets = new(time);

    public InvalidRequestGuard Guard { get; } = new(time, options.Value.InvalidRequestBudget);

    public async Task<Result> AcquireAsync(DiscordRoute route, CancellationToken ct)
    {
        if (Guard.IsTripped(out var until))
        {
            return new Unavailable(
                $"Discord calls are paused until {until:u}: {Guard.Count} refused requests (401/403/429) in 10 minutes "
                + "reached our budget, far below the 10,000 at which Discord bans the IP. Check the bot's token and permissions.");
        }

        if (route.UsesBotToken)
            await _global.WaitAsync(ct);
        await _buckets.For(route).WaitAsync(ct);
        return Result.Ok();
    }

    /// <summary>Learns from a response's headers; counts refusals toward the invalid-request budget.</summary>
    public void Observe(DiscordRoute route, int status, RateLimitHeaders headers)
    {
        _buckets.Learn(route, headers);
        // Shared-scope 429s (a resource's limit, not ours) do not count toward Discord's invalid-request limit.
        if (status is 401 or 403 || (status == 429 && !string.Equals(headers.Scope, "shared", StringComparison.Ordinal)))
        {
            Guard.Record();
            if (Guard.IsTripped(out var until))
                LogGuardTripped(logger, Guard.Count, until);
        }
    }

    /// <summary>A 429: stop this bucket, and every bot route too when Discord says the limit is global.</summary>
    public void Limited(DiscordRoute route, TimeSpan retryAfter, bool global)
    {
        if (global)
            _global.Pause(retryAfter);
        _buckets.For(route).Exhaust(retryAfter);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Discord REST calls paused until {Until}: {Count} refused requests in 10 minutes")]
    private static partial void LogGuardTripped(ILogger logger, int count, DateTimeOffset until);
}
