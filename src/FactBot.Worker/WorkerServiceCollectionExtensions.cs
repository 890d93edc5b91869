using FactBot.Core.Abstractions;
using FactBot.Core.Messages;
using FactBot.Worker.Charts;
using FactBot.Worker.Cli;
using FactBot.Worker.Delivery;
using FactBot.Worker.Health;
using FactBot.Worker.Inbox;
using FactBot.Worker.Jobs;
using FactBot.Worker.Replay;
using FactBot.Worker.Scheduling;
using FactBot.Worker.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Quartz;

namespace FactBot.Worker;

public static class WorkerServiceCollectionExtensions
{
    /// <summary>The worker itself: console delivery, CLI verbs, seeding, and the Quartz jobs (each one Core call).</summary>
    public static IServiceCollection AddFactBotWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkerOptions>().Bind(configuration.GetSection(WorkerOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(new ConsoleOutput(Console.Out));
        services.TryAddSingleton(new ConsoleInput(Console.In));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatSender, ConsoleChatSender>());
        services.TryAddSingleton<IChartRenderer, ScottPlotChartRenderer>();
        services.TryAddSingleton<Heartbeat>();
        services.AddHostedService<FatalStop>();
        services.TryAddSingleton<StartupSeeder>();
        services.TryAddSingleton<InboxQuarantine>();
        // Outlives the poll job (Quartz makes one per run): it counts a file's failed polls in a row.
        services.TryAddSingleton(new InboxFailures());
        services.TryAddSingleton<ReplayRunner>();
        services.TryAddSingleton<DemoVerb>();
        services.TryAddSingleton<ImportVerb>();
        services.TryAddSingleton<ReplayVerb>();
        services.TryAddSingleton<LabelsImportVerb>();
        services.TryAddSingleton<RunVerb>();
        services.TryAddSingleton<ConsoleVerb>();
        AddJobs(services);
        services.AddDigestScheduling();
        return services;
    }

    private static void AddJobs(IServiceCollection services)
    {
        services.AddQuartz(q =>
        {
            Every<BinCloseJob>(q, BinCloseJob.Key, o => o.BinCloseInterval);
            Every<OutboxSweepJob>(q, OutboxSweepJob.Key, o => o.OutboxSweepInterval);
            Every<RetentionJob>(q, RetentionJob.Key, o => o.RetentionInterval);
            Every<SourcePollJob>(q, SourcePollJob.Key, o => o.SourcePollInterval);
            Every<ApiPollJob>(q, ApiPollJob.Key, o => o.ApiPollInterval);
            Every<TikTokRefreshJob>(q, TikTokRefreshJob.Key, o => o.TikTokRefreshInterval);
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
    }

    private static void Every<TJob>(IQuartzBuilder quartz, JobKey key, Func<WorkerOptions, TimeSpan> interval)
        where TJob : IJob =>
        quartz.ScheduleJob<TJob>(
            (sp, trigger) => trigger
                .WithIdentity(key.Name + "-trigger")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(interval(sp.GetRequiredService<IOptions<WorkerOptions>>().Value)).RepeatForever()),
            (_, job) => job.WithIdentity(key));
}
