using FactBot.Core.Abstractions;
using FactBot.Core.Ingest;
using FactBot.Sources.TikTok.Api;
using FactBot.Sources.TikTok.Planning;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FactBot.Sources.TikTok;

public static class TikTokServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TikTokPoller"/> and <see cref="TikTokRefresher"/> (and <see cref="TikTokOptions"/>, validated
    /// at start) only when <c>TikTok:ClientKey</c> and <c>TikTok:ClientSecret</c> are both set, so the host can test
    /// <c>GetService&lt;TikTokPoller&gt;() is null</c>. With only one of them set, start-up validation fails naming both. They need the Core ingest pipeline and the
    /// store ports (IWatchlistStore, ICheckpointStore, IPostStore) from the host.
    /// </summary>
    public static IServiceCollection AddTikTokResearch(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TikTokOptions.Section);
        var (hasKey, hasSecret) = (!string.IsNullOrWhiteSpace(section["ClientKey"]), !string.IsNullOrWhiteSpace(section["ClientSecret"]));
        if (!hasKey && !hasSecret)
            return services;

        // Half a credential is a typo, not a choice: the options are validated so start-up names the missing half.
        services.AddOptions<TikTokOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        if (!hasKey || !hasSecret)
            return services;
        services.AddHttpClient(TikTokHttp.ClientName, (sp, http) =>
        {
            var options = sp.GetRequiredService<IOptions<TikTokOptions>>().Value;
            http.BaseAddress = WithTrailingSlash(options.BaseUrl);
            http.Timeout = options.RequestTimeout;
        });
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<TikTokOptions>>().Value);
        services.TryAddSingleton(sp => new TikTokQuota(Get<IQuotaStore>(sp), Get<ICheckpointStore>(sp), Get<TikTokOptions>(sp), Get<TimeProvider>(sp)));
        services.TryAddSingleton(sp => new TikTokTokenProvider(Get<IHttpClientFactory>(sp), Get<TikTokOptions>(sp), Get<TimeProvider>(sp)));
        services.TryAddSingleton(sp => new TikTokApiClient(Get<IHttpClientFactory>(sp)));
        services.TryAddSingleton(sp => new TikTokPageFetcher(
            Get<TikTokApiClient>(sp), Get<TikTokTokenProvider>(sp), Get<TikTokQuota>(sp), Get<TikTokOptions>(sp), Get<TimeProvider>(sp), Logger<TikTokPageFetcher>(sp)));
        services.TryAddSingleton(sp => new TikTokPoller(
            Get<IWatchlistStore>(sp), Get<ICheckpointStore>(sp), Get<IngestPipeline>(sp), Get<TikTokPageFetcher>(sp),
            Get<TikTokQuota>(sp), Get<TikTokOptions>(sp), Get<TimeProvider>(sp), Logger<TikTokPoller>(sp)));
        services.TryAddSingleton(sp => new TikTokRefresher(
            Get<IPostStore>(sp), Get<ICheckpointStore>(sp), Get<TikTokPageFetcher>(sp), Get<TikTokQuota>(sp),
            Get<TikTokOptions>(sp), Get<TimeProvider>(sp), Logger<TikTokRefresher>(sp)));
        return services;
    }

    /// <summary>Relative paths resolve under the base only when it ends in '/' (a fake mounted at /tiktok, say).</summary>
    internal static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    private static T Get<T>(IServiceProvider sp)
        where T : notnull => sp.GetRequiredService<T>();

    private static ILogger<T> Logger<T>(IServiceProvider sp) =>
        sp.GetService<ILoggerFactory>()?.CreateLogger<T>() ?? NullLogger<T>.Instance;
}
