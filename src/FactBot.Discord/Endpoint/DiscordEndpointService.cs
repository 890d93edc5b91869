using FactBot.Discord.Commands;
using FactBot.Discord.Gateway;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactBot.Discord.Endpoint;

/// <summary>
/// Runs the optional interactions endpoint on its own small Kestrel server (the worker has no web host), and
/// registers the commands at start, since in this mode there is no READY to wait for.
/// </summary>
internal sealed class DiscordEndpointService(
    GatewayEvents events, CommandRegistrar registrar, IOptions<DiscordOptions> options, TimeProvider time, ILoggerFactory loggers) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>Where the endpoint listens once started (the real port when configured with :0).</summary>
    public IReadOnlyList<string> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(settings.InteractionsEndpoint.Url);
        builder.Services.AddSingleton(loggers);
        builder.Logging.ClearProviders();
        _app = builder.Build();
        var verifier = new Ed25519SignatureVerifier(settings.PublicKey!);
        InteractionsEndpoint.Map(_app, settings.InteractionsEndpoint.Path, verifier, events, settings.InteractionsEndpoint, time);
        await _app.StartAsync(cancellationToken);
        Addresses = [.. _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];
        await registrar.EnsureRegisteredAsync(settings.ApplicationId!, cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
            await _app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }
}
