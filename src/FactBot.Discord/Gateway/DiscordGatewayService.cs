using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactBot.Discord.Gateway;

/// <summary>
/// The long-running part: the event pump, and the gateway connection beside it unless interactions come through
/// the HTTP endpoint (the two modes exclude each other on Discord's side).
/// </summary>
internal sealed class DiscordGatewayService(GatewayClient gateway, DiscordEventPump pump, IOptions<DiscordOptions> options) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => options.Value.InteractionsEndpoint.Enabled
        ? pump.RunAsync(stoppingToken)
        : Task.WhenAll(gateway.RunAsync(stoppingToken), pump.RunAsync(stoppingToken));
}
