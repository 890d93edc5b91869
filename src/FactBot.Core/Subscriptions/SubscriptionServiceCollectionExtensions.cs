using FactBot.Core.Alerts;
using FactBot.Core.Verdicts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactBot.Core.Subscriptions;

/// <summary>Registers what the subscription, digest and verdict commands need beyond the stores.</summary>
public static class SubscriptionServiceCollectionExtensions
{
    /// <summary>
    /// The subscription manager, Core's cron shape check (the worker replaces it with Quartz's parser), the verdict
    /// service, and the alert-change handler that keeps verdict tallies on alerts. <see cref="Abstractions.IVerdictStore"/>
    /// comes from the storage project, like every store.
    /// </summary>
    public static IServiceCollection AddSubscriptionsAndVerdicts(this IServiceCollection services)
    {
        services.TryAddSingleton<IScheduleValidator, CronShapeValidator>();
        services.TryAddSingleton<SubscriptionManager>();
        services.TryAddSingleton<VerdictService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAlertChangeHandler, VerdictTallyKeeper>());
        return services;
    }
}
