using FactBot.Discord.Commands;
using FactBot.Discord.Gateway;
using FactBot.Discord.Tests.Support;

namespace FactBot.Discord.Tests.EndToEnd;

/// <summary>The real adapter against the in-process fake Discord: connecting, registering, resuming, stopping.</summary>
public sealed class GatewayEndToEndTests : IDisposable
{
    private readonly string _state = Directory.CreateTempSubdirectory("factbot-discord-e2e-").FullName;

    [Fact]
    public async Task Start_ConnectsAndRegistersTheCommandsOnce_RestartWithTheSameCommandsRegistersNothing()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var stores = new TestStores();

        await using (var first = await DiscordTestHost.StartAsync(discord, stores, _state))
        {
            var firstRegistrar = Registrar(first);
            await Clock.EventuallyAsync(() => firstRegistrar.Outcomes.GetValueOrDefault("global") == "registered", "commands registered");
            Assert.Equal(GatewayState.Ready, first.Gateway.State);
        }

        await using var second = await DiscordTestHost.StartAsync(discord, stores, _state);
        await Clock.EventuallyAsync(() => discord.Gateway.Identifies == 2 && second.Gateway.State == GatewayState.Ready, "second session ready");
        var registrar = Registrar(second);
        await Clock.EventuallyAsync(() => registrar.Outcomes.Count > 0, "registration checked");

        Assert.Equal("unchanged", registrar.Outcomes["global"]);
        var put = Assert.Single(discord.CallsTo("PUT", "/applications/100/commands"));
        Assert.Contains(put.Json!.AsArray(), c => (string?)c!["name"] == "status");
    }

    [Fact]
    public async Task DroppedConnection_ResumesOnTheResumeUrlWithoutANewIdentify()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(discord, new TestStores(), _state);
        // Ready on both sides: the fake counts itself ready once it has sent READY, but only a client that has read it
        // knows the session to resume (dropped earlier, it rightly identifies again).
        await Clock.EventuallyAsync(() => discord.Gateway.IsReady && host.Gateway.State == GatewayState.Ready, "ready");

        discord.Gateway.Drop();
        // The fake has sent RESUMED when it counts itself ready; the client reads it a moment later.
        await Clock.EventuallyAsync(() => discord.Gateway.Resumes == 1 && discord.Gateway.IsReady && host.Gateway.State == GatewayState.Ready, "resumed");

        Assert.Equal(1, discord.Gateway.Identifies);
        Assert.Equal(["/gateway", "/resume"], discord.Gateway.Paths);
        Assert.Equal(GatewayState.Ready, host.Gateway.State);
    }

    [Fact]
    public async Task CloseCode4004_StopsReconnectingAndSaysWhy()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.Gateway.CloseOnNextIdentify(4004);
        await using var host = await DiscordTestHost.StartAsync(discord, new TestStores(), _state);

        await Clock.EventuallyAsync(() => host.Gateway.State == GatewayState.Stopped, "gateway stopped");

        Assert.Contains("4004", host.Gateway.FatalError, StringComparison.Ordinal);
        Assert.Contains("FACTBOT__Discord__Token", host.Gateway.FatalError, StringComparison.Ordinal);
        Assert.Equal(1, discord.Gateway.Connections);
        var health = await HealthAsync(host);
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, health.Status);
    }

    private static CommandRegistrar Registrar(DiscordTestHost host) => (CommandRegistrar)host.Services.GetService(typeof(CommandRegistrar))!;

    private static Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport> HealthAsync(DiscordTestHost host) =>
        ((Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckService)host.Services.GetService(typeof(Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckService))!).CheckHealthAsync();

    public void Dispose() => Directory.Delete(_state, recursive: true);
}
