using FactBot.Core.Subscriptions;
using FactBot.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace FactBot.Worker.Scheduling;

internal static class DigestSchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Digests on schedules: Quartz's cron parser as the <see cref="IScheduleValidator"/> (replacing Core's shape
    /// check), the scheduler that keeps one trigger per subscription, the durable digest job the triggers fire, and
    /// the periodic reconcile. Binds and validates <see cref="DigestSchedulingOptions"/>.
    /// </summary>
    public static IServiceCollection AddDigestScheduling(this IServiceCollection services)
    {
        services.AddOptions<DigestSchedulingOptions>().BindConfiguration(DigestSchedulingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.Replace(ServiceDescriptor.Singleton<IScheduleValidator, QuartzScheduleValidator>());
        services.TryAddSingleton<DigestScheduler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISubscriptionChangeListener, DigestScheduler>(sp => sp.GetRequiredService<DigestScheduler>()));
        services.AddQuartz(q =>
        {
            q.AddJob<DigestJob>(job => job.WithIdentity(DigestJob.Key).StoreDurably(true));
            q.ScheduleJob<DigestScheduleSyncJob>(
                (sp, trigger) => trigger
                    .WithIdentity(DigestScheduleSyncJob.Key.Name + "-trigger")
                    .StartNow()
                    .WithSimpleSchedule(s => s
                        .WithInterval(sp.GetRequiredService<IOptions<DigestSchedulingOptions>>().Value.SyncInterval)
                        .RepeatForever()),
                (_, job) => job.WithIdentity(DigestScheduleSyncJob.Key));
        });
        return services;
    }
}
