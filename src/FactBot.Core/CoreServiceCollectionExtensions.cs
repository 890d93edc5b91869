using FactBot.Core.Alerts;
using FactBot.Core.Commands;
using FactBot.Core.Commands.Handlers;
using FactBot.Core.Delivery;
using FactBot.Core.Health;
using FactBot.Core.Detection;
using FactBot.Core.Detection.Coordination.Streaming;
using FactBot.Core.Detection.StateMedia;
using FactBot.Core.Detection.Surge;
using FactBot.Core.Digests;
using FactBot.Core.Ingest;
using FactBot.Core.Labels;
using FactBot.Core.Subscriptions;
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

        AddDetectors(services);
        services.TryAddSingleton<LabelIndex>();
        services.TryAddSingleton<AlertEngine>();
        services.TryAddSingleton<DetectionEngine>();
        services.TryAddSingleton<WatchlistRegistry>();
        services.TryAddSingleton<IngestPipeline>();
        services.TryAddSingleton<AlertCharts>(); // draws only when the host registers an IChartRenderer
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAlertChangeHandler, AlertRouter>());
        services.TryAddSingleton<PlatformHealth>();
        services.TryAddSingleton<ChatMover>();
        services.TryAddSingleton<DeliveryFailures>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddSingleton<DigestBuilder>();
        services.TryAddSingleton<DigestService>();
        services.AddSubscriptionsAndVerdicts();
        AddCommands(services);
        return services;
    }

    private static void AddCommands(IServiceCollection services)
    {
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<CoreOptions>>().Value.Commands);
        services.TryAddSingleton<IRoleResolver, ConfiguredRoleResolver>();
        services.TryAddSingleton<CommandDispatcher>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, HelpHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, StatusHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, AlertsHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, ExplainHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, AccountHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, TopHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, WatchHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, WatchlistHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, LabelHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, AuditHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, DeliveriesHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, SubscribeHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, UnsubscribeHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, SubscriptionsHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, DigestHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, VerdictHandler>());
    }

    /// <summary>Each detector has its own section under <c>Detection</c>; all are validated at start-up.</summary>
    private static void AddDetectors(IServiceCollection services)
    {
        services.AddVolumeSurgeDetector();
        services.AddOptions<StateMediaOptions>().BindConfiguration(StateMediaOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CoordinationOptions>().BindConfiguration(CoordinationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, StateMediaDetector>(sp => new StateMediaDetector(
            sp.GetRequiredService<IOptions<StateMediaOptions>>().Value, sp.GetRequiredService<SurgeOptions>())));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDetector, StreamingCoordinationDetector>(sp =>
            new StreamingCoordinationDetector(sp.GetRequiredService<IOptions<CoordinationOptions>>().Value)));
    }
}
