using FactBot.Core.Ingest;
using FactBot.Sources.Import;
using FactBot.Worker.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace FactBot.Worker.Jobs;

/// <summary>
/// Ingests data files dropped into the watch folder, each as its own checkpointed source, so a file is read once
/// even across restarts and a half-read file resumes where it stopped.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class SourcePollJob(
    IngestPipeline pipeline,
    IOptions<WorkerOptions> options,
    ContentRoot root,
    TimeProvider time,
    ILogger<SourcePollJob> logger) : IJob
{
    public static readonly JobKey Key = new("source-poll");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        if (options.Value.WatchFolder is not { Length: > 0 } folder || !Directory.Exists(root.Resolve(folder)))
            return;
        foreach (var file in Directory.EnumerateFiles(root.Resolve(folder)).Order(StringComparer.Ordinal))
        {
            var opened = PostFileSources.Open(file, time);
            if (!opened.IsSuccess)
            {
                LogUnreadable(logger, file, opened.Error.Message);
                continue;
            }

            var result = await pipeline.RunAsync(opened.Value, new IngestRun(), ct);
            if (result.Stored > 0 || result.Malformed > 0)
                LogIngested(logger, file, result.Stored, result.Duplicates, result.Malformed);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watch folder file {File} is not a data file FactBot reads: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string file, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {File}: {Stored} new, {Duplicates} already stored, {Malformed} skipped")]
    private static partial void LogIngested(ILogger logger, string file, long stored, long duplicates, long malformed);
}
