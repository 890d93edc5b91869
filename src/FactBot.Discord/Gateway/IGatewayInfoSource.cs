using FactBot.Core.Results;

namespace FactBot.Discord.Gateway;

/// <summary>Fetches <see cref="GatewayBotInfo"/> (REST in production, a stub in state-machine tests).</summary>
internal interface IGatewayInfoSource
{
    Task<Result<GatewayBotInfo>> GetAsync(CancellationToken ct);
}
