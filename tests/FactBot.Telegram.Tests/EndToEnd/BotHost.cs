using FactBot.Core;
using FactBot.Core.Messages;
using FactBot.Core.Watchlists;
using FactBot.Storage;
using FactBot.Telegram.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FactBot.Telegram.Tests.EndToEnd;

/// <summary>
/// FactBot as the worker composes it (Core, the LiteDB store in memory, the Telegram adapter), pointed at the
/// emulator, with an outbox sweep and a fixed chart renderer standing in for the worker's parts. #donbas is watched.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly IHost _host;

    private BotHost(IHost host, PeerClient user, CollectingLoggerProvider logs)
    {
        _host = host;
        User = user;
        Logs = logs;
    }

    public PeerClient User { get; }

    public CollectingLoggerProvider Logs { get; }

    public IServiceProvider Services => _host.Services;

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public static async Task<BotHost> StartAsync(TelegramPeer peer, string token, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(
        [
            new("Storage:Path", ":memory:"),
            new("Telegram:Token", token),
            new("Telegram:ApiBaseUrl", peer.BaseUrl),
            new("Telegram:PollTimeout", "00:00:05"),
            new("Telegram:PerChatInterval", "00:00:00.100"),
            new("Core:Delivery:RetryBaseDelay", "00:00:00.200"),
            .. settings ?? [],
        ]);
        var logs = new CollectingLoggerProvider();
        builder.Logging.AddProvider(logs);
        builder.Services
            .AddFactBotCore(builder.Configuration)
            .AddFactBotStorage(builder.Configuration)
            .AddFactBotTelegram(builder.Configuration);
        builder.Services.AddSingleton<FixedChartRenderer>();
        builder.Services.AddSingleton<IChartRenderer>(sp => sp.GetRequiredService<FixedChartRenderer>());
        builder.Services.AddHostedService<OutboxPump>();

        var host = builder.Build();
        await host.Services.GetRequiredService<WatchlistRegistry>().SeedAsync(
            [new Watchlist { Name = Watchlist.MainName, Targets = [WatchTarget.Parse("#donbas").Value!] }]);
        await host.StartAsync();
        return new BotHost(host, peer.Client(token), logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
