using FactBot.Core.Abstractions;
using FactBot.Telegram.Api;
using FactBot.Telegram.ChannelPosts;
using FactBot.Telegram.Commands;
using FactBot.Telegram.Delivery;
using FactBot.Telegram.Membership;
using FactBot.Telegram.Polling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace FactBot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>
    /// The Telegram adapter: the long-polling receiver (commands, verdict buttons, the bot's membership, channel posts
    /// into ingest), the <see cref="IChatSender"/> for platform <c>telegram</c>, and the command menus. Registers nothing
    /// when no token is configured (<c>FACTBOT__Telegram__Token</c>), so the demo is unaffected. Needs Core and the
    /// stores (<c>AddFactBotCore</c>, <c>AddFactBotStorage</c>) and a host (the receiver is a hosted service).
    /// </summary>
    public static IServiceCollection AddFactBotTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TelegramOptions.Section);
        if (string.IsNullOrWhiteSpace(section[nameof(TelegramOptions.Token)]))
            return services;

        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<TelegramOptions>>().Value);
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(TelegramHttp.ClientName, (sp, http) =>
                http.Timeout = sp.GetRequiredService<TelegramOptions>().PollTimeout + TelegramHttp.ExtraTimeout)
            // The client lives as long as the process; recycling pooled connections keeps DNS changes visible.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            // The token is part of every request URL; the default HTTP client logging would write it to the log.
            .RemoveAllLoggers();
        services.TryAddSingleton<ITelegramBotClient>(sp =>
        {
            var options = sp.GetRequiredService<TelegramOptions>();
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(TelegramHttp.ClientName);
            // RetryThreshold 0: Telegram.Bot must not sleep through 429s itself; the outbox owns retries.
            return new TelegramBotClient(new TelegramBotClientOptions(options.Token, options.ApiBaseUrl.TrimEnd('/')) { RetryThreshold = 0 }, http);
        });

        services.TryAddSingleton<BotIdentity>();
        services.TryAddSingleton<TelegramRateLimiter>();
        services.TryAddSingleton<TelegramMessenger>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatSender, TelegramChatSender>());

        services.TryAddSingleton<ChatAdminCache>();
        services.TryAddSingleton<ReplySender>();
        services.TryAddSingleton<CommandMessageHandler>();
        services.TryAddSingleton<CallbackQueryHandler>();
        services.TryAddSingleton<CommandMenuPublisher>();
        services.TryAddSingleton<ChatMembershipHandler>();
        services.TryAddSingleton<ChannelPostQueue>();
        services.TryAddSingleton<UpdateRouter>();

        // One poller per token: a second one would only earn 409s. AddHostedService adds each type once.
        services.AddHostedService<TelegramPoller>();
        if (section.GetValue(nameof(TelegramOptions.IngestChannelPosts), defaultValue: true))
            services.AddHostedService<ChannelPostIngestService>();
        return services;
    }
}
