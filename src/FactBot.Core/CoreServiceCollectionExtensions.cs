using FactBot.Core.Alerts;
using FactBot.Core.Delivery;
using FactBot.Core.Detection;
using FactBot.Core.Digests;
using FactBot.Core.Ingest;
using FactBot.Core.Labels;
using FactBot.Core.Watchlists;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FactBot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Detection, alerts, ingest, routing, outbox dispatch and digests: everything platform-neutral.</summary>
    public static IServiceCollection AddFactBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CoreOptions>().Bind(configuration.GetSection(CoreOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CoreOptions>, CoreOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<CoreOptions>>().Value.Alerts);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<CoreOptions>>().Value.Ingest);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<CoreOptions>>().Value.Delivery);

        services.TryAddSingleton<LabelIndex>();
        services.TryAddSingleton<AlertEngine>();
        services.TryAddSingleton<DetectionEngine>();
        services.TryAddSingleton<WatchlistRegistry>();
        services.TryAddSingleton<IngestPipeline>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAlertChangeHandler, AlertRouter>());
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddSingleton<DigestBuilder>();
        services.TryAddSingleton<DigestService>();
        return services;
    }
}
