using FactBot.Sources.Mastodon;
using FactBot.Sources.TikTok;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Sources;

public static class SourcesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SourcesOptions"/> from <paramref name="configuration"/>'s <c>Sources</c> section, validated
    /// at start. File sources and label loaders are static factories (<c>PostFileSources.Open</c>,
    /// <c>LabelFileLoader.Load</c>) because the CLI opens them per command. Mastodon: its options, HTTP client and
    /// <c>MastodonPoller</c> (resolve it only when <c>MastodonOptions.IsConfigured</c>).
    /// </summary>
    public static IServiceCollection AddFactBotSources(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SourcesOptions>()
            .Bind(configuration.GetSection(SourcesOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddMastodon(configuration);
        services.AddTikTokResearch(configuration); // only when TikTok:ClientKey and ClientSecret are set
        return services;
    }
}
