using System.Net.Http.Headers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FactBot.Sources.Mastodon;

internal static class MastodonServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="MastodonOptions"/> (validated at start), the named HTTP client and the <see cref="MastodonPoller"/>.
    /// The poller needs the ingest pipeline and the watchlist store from Core and Storage; it is only built when
    /// asked for, so hosts without Mastodon lose nothing.
    /// </summary>
    public static IServiceCollection AddMastodon(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MastodonOptions>()
            .Bind(configuration.GetSection(MastodonOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHttpClient(MastodonClient.HttpClientName, (provider, http) =>
        {
            http.Timeout = provider.GetRequiredService<IOptions<MastodonOptions>>().Value.RequestTimeout;
            http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("FactBot", "1.0"));
            http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MastodonPoller>();
        return services;
    }
}
