using FactBot.Core.Ingest;
using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.Sources.Import;
using FactBot.Worker.Hosting;
using FactBot.Worker.Inbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace FactBot.Worker.Jobs;

/// <summary>
/// Ingests data files dropped into the watch folder, each as its own checkpointed source, so a file is read once
/// even across restarts and a half-read file resumes where it stopped. A file that cannot be read poll after poll
/// (not a data file, an I/O error) moves to <c>failed/</c> with a reason file, so it stops costing every poll; one
/// bad file never keeps the files after it from being read. A file still being written (an unfinished last line, a
/// gzip without its end yet) is simply read on at the next poll.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class SourcePollJob(
    IngestPipeline pipeline,
    InboxFailures failures,
    InboxQuarantine quarantine,
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
            ct.ThrowIfCancellationRequested();
            if (Path.GetFileName(file).StartsWith('.'))
                continue; // hidden: editors' and copy tools' temporary files
            var failure = await IngestAsync(file, ct);
            if (failure is null)
            {
                failures.Succeeded(file);
                continue;
            }

            var shown = Shown(file);
            LogUnreadable(logger, shown, SafeText.ForDisplay(failure));
            if (failures.Failed(file))
                await QuarantineAsync(file, failure, ct);
        }
    }

    /// <summary>Reads what is new in <paramref name="file"/>; the reason it cannot be read, or null.</summary>
    private async Task<string?> IngestAsync(string file, CancellationToken ct)
    {
        var shown = Shown(file);
        var opened = PostFileSources.Open(file, time);
        if (!opened.IsSuccess)
            return opened.Error.Message;

        IngestResult result;
        try
        {
            result = await pipeline.RunAsync(opened.Value, new IngestRun(), ct);
        }
        catch (IOException ex)
        {
            // A file vanishing or locked mid-read is the file's problem, not the worker's: the next poll tries again.
            return ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug, but one file must not keep every file after it from being read: logged in full, then moved aside.
            LogFailed(logger, ex, shown);
            return $"FactBot failed on this file ({ex.GetType().Name}: {ex.Message}); please report it";
        }

        if (result.Stored > 0 || result.Malformed > 0)
            LogIngested(logger, shown, result.Stored, result.Duplicates, result.Malformed);
        return result.Stopped is { Problem: ReadProblem.Unreadable } stopped ? stopped.Message : null;
    }

    private async Task QuarantineAsync(string file, string reason, CancellationToken ct)
    {
        var moved = await quarantine.MoveToFailedAsync(file, reason, ct);
        var shown = Shown(file);
        if (moved.IsSuccess)
        {
            var target = Shown(moved.Value);
            LogQuarantined(logger, shown, failures.Limit, target);
        }
        else
        {
            var why = SafeText.ForDisplay(moved.Error.Message);
            LogNotQuarantined(logger, shown, why);
        }
    }

    private static string Shown(string path) => SafeText.ForDisplay(path, 300);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watch folder file {File} cannot be read: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string file, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Moved {File} out of the watch folder after {Polls} failed polls: {Target} (the reason is beside it)")]
    private static partial void LogQuarantined(ILogger logger, string file, int polls, string target);

    [LoggerMessage(Level = LogLevel.Error, Message = "Watch folder file {File} cannot be read and cannot be moved aside: {Reason}")]
    private static partial void LogNotQuarantined(ILogger logger, string file, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingesting watch folder file {File} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {File}: {Stored} new, {Duplicates} already stored, {Malformed} skipped")]
    private static partial void LogIngested(ILogger logger, string file, long stored, long duplicates, long malformed);
}
