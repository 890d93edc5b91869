using Quartz;

namespace FactBot.Worker.Scheduling;

/// <summary>Reconciles the digest triggers with the stored subscriptions (at start, then every sync interval).</summary>
[DisallowConcurrentExecution]
internal sealed class DigestScheduleSyncJob(DigestScheduler scheduler) : IJob
{
    public static readonly JobKey Key = new("digest-schedule-sync");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct) => await scheduler.ReconcileAsync(ct);
}
