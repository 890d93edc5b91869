using FactBot.Discord.Gateway;
using FactBot.Discord.Rest;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace FactBot.Discord.Health;

/// <summary>
/// Unhealthy when Discord rejected the token or the gateway stopped for good (the reason says what to fix);
/// degraded while reconnecting or while REST calls are paused by the invalid-request guard.
/// </summary>
internal sealed class DiscordHealthCheck(GatewayStatus gateway, DiscordRestClient rest, DiscordRateLimiter limiter, IOptions<DiscordOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["gateway"] = gateway.State.ToString(),
            ["identifies"] = gateway.Identifies,
            ["resumes"] = gateway.Resumes,
            ["invalid_requests_10min"] = limiter.Guard.Count,
        };
        if (gateway.FatalError is { } fatal)
            return Task.FromResult(HealthCheckResult.Unhealthy(fatal, data: data));
        if (rest.TokenRejected)
            return Task.FromResult(HealthCheckResult.Unhealthy("Discord rejected the bot token (401). Set FACTBOT__Discord__Token to a valid token.", data: data));
        if (limiter.Guard.IsTripped(out var until))
            return Task.FromResult(HealthCheckResult.Degraded($"Discord calls paused until {until:u}: too many refused requests in 10 minutes.", data: data));
        if (!options.Value.InteractionsEndpoint.Enabled && gateway.State != GatewayState.Ready)
            return Task.FromResult(HealthCheckResult.Degraded($"Discord gateway is {gateway.State}: {gateway.Detail ?? "starting"}", data: data));
        return Task.FromResult(HealthCheckResult.Healthy("Discord connected", data));
    }
}
