using FactBot.Core;
using FactBot.Discord.Gateway;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactBot.Discord.Tests.EndToEnd;

/// <summary>
/// The real adapter in a real host: Core (dispatcher, handlers, outbox) over in-memory stores, plus
/// <see cref="DiscordServiceCollectionExtensions.AddFactBotDiscord"/> pointed at the fake Discord.
/// </summary>
internal sealed class DiscordTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private DiscordTestHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public GatewayStatus Gateway => Services.GetRequiredService<GatewayStatus>();

    public static async Task<DiscordTestHost> StartAsync(
        FakeDiscord discord, TestStores stores, string stateFolder, Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var values = new Dictionary<string, string?>
        {
            ["Discord:Token"] = "fake-bot-token",
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Discord:CommandsStateFile"] = Path.Combine(stateFolder, "discord-commands.json"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            values[key] = value;
        builder.Configuration.AddInMemoryCollection(values);
        builder.Services.AddLogging();
        builder.Services.AddFactBotCore(builder.Configuration);
        stores.Register(builder.Services);
        builder.Services.AddFactBotDiscord(builder.Configuration);
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new DiscordTestHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
