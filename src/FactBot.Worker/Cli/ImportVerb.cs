using FactBot.Core.Ingest;
using FactBot.Core.Labels;
using FactBot.Sources;
using FactBot.Sources.Import;
using FactBot.Worker.Delivery;
using Microsoft.Extensions.Options;

namespace FactBot.Worker.Cli;

/// <summary><c>factbot import &lt;file&gt;</c>: stores posts (labels joined), reporting every record it skipped.</summary>
internal sealed class ImportVerb(
    IngestPipeline pipeline,
    LabelIndex labels,
    IngestOptions ingest,
    IOptions<SourcesOptions> sources,
    ConsoleOutput console,
    TimeProvider time)
{
    /// <param name="observe">Show the posts to this process's detectors too (the console, which goes on running); the
    /// <c>import</c> verb exits after storing, and the next start rebuilds the detectors from the store.</param>
    public async Task<int> RunAsync(CliCommand command, CancellationToken ct, bool observe = false)
    {
        var output = console.Writer;
        var source = PostFileSources.Open(command.File!, time);
        if (!source.IsSuccess)
        {
            await console.Error.WriteLineAsync($"error: {source.Error.Message}");
            return ExitCodes.Failed;
        }

        await labels.ReloadAsync(ct);
        var skipped = new MalformedLog(sources.Value.ReportProblemsShown);
        // Wall time for the display: the rate and time left are the operator's, whatever clock the run is on.
        var display = new ProgressDisplay("import", console.Error, TimeProvider.System, ProgressDisplay.IsTerminal(console.Error));
        var result = await display.RunAsync(command.File!, progress => pipeline.RunAsync(
            source.Value,
            new IngestRun { Detect = observe, BatchSize = ingest.FileBatchSize, OnMalformed = skipped.Add, OnCapped = skipped.AddCapped, OnProgress = progress },
            ct), ct);
        await output.WriteLineAsync(
            $"Imported {command.File}: {result.Read:N0} records read, {result.Stored:N0} new posts stored, " +
            $"{result.Duplicates:N0} already stored, {result.Malformed:N0} skipped{(result.Capped > 0 ? $", {result.Capped:N0} with fields capped" : "")}{(result.Resumed ? " (resumed from checkpoint)" : "")}.");
        await skipped.WriteAsync(output, result.Stopped);
        return ExitCodes.Of(result);
    }
}
