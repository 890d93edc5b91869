using FactBot.Core.Abstractions;
using FactBot.Storage.Database;
using FactBot.Storage.Stores;
using FactBot.Storage.Transactions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FactBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the LiteDB database (one per process, opened and migrated on first use) and every store behind
    /// its Core port, as singletons. Binds and validates <see cref="StorageOptions"/> from section <c>Storage</c>.
    /// </summary>
    public static IServiceCollection AddFactBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(sp => FactBotDatabase.Open(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.TryAddSingleton<IPostStore, LiteDbPostStore>();
        services.TryAddSingleton<ILabelStore, LiteDbLabelStore>();
        services.TryAddSingleton<IWatchlistStore, LiteDbWatchlistStore>();
        services.TryAddSingleton<IAlertStore, LiteDbAlertStore>();
        services.TryAddSingleton<ISubscriptionStore, LiteDbSubscriptionStore>();
        services.TryAddSingleton<IOutboxStore, LiteDbOutboxStore>();
        services.TryAddSingleton<ICheckpointStore, LiteDbCheckpointStore>();
        services.TryAddSingleton<IQuotaStore, LiteDbQuotaStore>();
        services.TryAddSingleton<IAuditLog, LiteDbAuditLog>();
        services.TryAddSingleton<IVerdictStore, LiteDbVerdictStore>();
        services.TryAddSingleton<IDetectionJournal, LiteDbDetectionJournal>();
        services.TryAddSingleton<IAtomicScope, LiteDbAtomicScope>();
        return services;
    }
}
