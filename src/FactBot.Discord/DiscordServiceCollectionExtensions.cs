using FactBot.Core.Abstractions;
using FactBot.Discord.Commands;
using FactBot.Discord.Endpoint;
using FactBot.Discord.Gateway;
using FactBot.Discord.Health;
using FactBot.Discord.Interactions;
using FactBot.Discord.Rendering;
using FactBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// The Discord adapter: REST client, gateway (or the HTTP interactions endpoint), command registration, the
    /// <see cref="IChatSender"/> for platform "discord", and a health check. Registers nothing when no token is
    /// configured (<c>FACTBOT__Discord__Token</c>), so FactBot runs without Discord.
    /// </summary>
    public static IServiceCollection AddFactBotDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[$"{DiscordOptions.Section}:{nameof(DiscordOptions.Token)}"]))
            return services;

        services.AddOptions<DiscordOptions>().Bind(configuration.GetSection(DiscordOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRandomSource, SystemRandomSource>();

        services.TryAddSingleton<DiscordRateLimiter>();
        services.AddHttpClient(DiscordRestClient.HttpClientName, (sp, http) => http.Timeout = sp.GetRequiredService<IOptions<DiscordOptions>>().Value.RequestTimeout)
            // One long-lived client: recycle pooled connections so DNS changes are picked up.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .RemoveAllLoggers(); // interaction webhook URLs contain tokens: the client logs its routes itself, redacted
        // A singleton: the rate-limit state and the "token rejected" stop must be shared by every caller.
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<DiscordRestClient>(
            sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(DiscordRestClient.HttpClientName)));
        services.TryAddSingleton<DiscordMessages>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatSender, DiscordChatSender>());

        services.TryAddSingleton<GatewayStatus>();
        services.TryAddSingleton<GatewayEvents>();
        services.TryAddSingleton<IGatewayTransport, WebSocketGatewayTransport>();
        services.TryAddSingleton<IGatewayInfoSource, RestGatewayInfoSource>();
        services.TryAddSingleton<GatewayClient>();
        services.TryAddSingleton<CommandRegistrar>();
        services.TryAddSingleton<AutocompleteProvider>();
        services.TryAddSingleton<InteractionReplier>();
        services.TryAddSingleton<InteractionHandler>();
        services.TryAddSingleton<DiscordEventPump>();
        services.AddHostedService<DiscordGatewayService>();
        if (configuration.GetValue<bool>($"{DiscordOptions.Section}:InteractionsEndpoint:Enabled"))
        {
            services.TryAddSingleton<DiscordEndpointService>();
            services.AddHostedService(sp => sp.GetRequiredService<DiscordEndpointService>());
        }

        services.AddHealthChecks().AddCheck<DiscordHealthCheck>("discord");
        return services;
    }
}
