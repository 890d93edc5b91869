using FactBot.Core.Abstractions;
using Microsoft.Extensions.Options;
using Quartz;

namespace FactBot.Worker.Jobs;

/// <summary>Deletes posts and detector steps past the retention period, so the store stays the size of the detectors' need.</summary>
[DisallowConcurrentExecution]
internal sealed class RetentionJob(IPostStore posts, IDetectionJournal journal, IOptions<WorkerOptions> options, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("retention");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var cutoff = time.GetUtcNow() - options.Value.PostRetention;
        await posts.DeleteCreatedBeforeAsync(cutoff, ct);
        await journal.DeleteBeforeAsync(cutoff, ct);
    }
}
