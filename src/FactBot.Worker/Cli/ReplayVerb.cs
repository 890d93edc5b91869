using FactBot.Core.Abstractions;
using FactBot.Sources;
using FactBot.Sources.Import;
using FactBot.Worker.Delivery;
using FactBot.Worker.Hosting;
using FactBot.Worker.Replay;
using FactBot.Worker.Seeding;
using Microsoft.Extensions.Options;

namespace FactBot.Worker.Cli;

/// <summary>
/// <c>factbot replay &lt;file&gt;</c>: the live pipeline on a virtual clock, into the configured store (so a killed
/// replay resumes from its checkpoint), alerts to the console and, with --alerts-out, to a JSON-lines file.
/// </summary>
internal sealed class ReplayVerb(
    StartupSeeder seeder,
    ReplayRunner replay,
    IAlertStore alerts,
    IOptions<WorkerOptions> options,
    IOptions<SourcesOptions> sources,
    ContentRoot root,
    ConsoleOutput console,
    TimeProvider time)
{
    public async Task<int> RunAsync(CliCommand command, CancellationToken ct)
    {
        var output = console.Writer;
        var source = PostFileSources.Open(command.File!, time);
        if (!source.IsSuccess)
        {
            await console.Error.WriteLineAsync($"error: {source.Error.Message}");
            return ExitCodes.Failed;
        }

        await seeder.SeedAsync(root.Resolve(options.Value.SeedWatchlists), root.Resolve(options.Value.SeedLabels), consoleSubscription: true, ct: ct);
        // A dataset folder may carry its own watchlists and labels (the demo's does): they are added on top.
        var folder = Path.GetDirectoryName(command.File!)!;
        await seeder.SeedAsync(Path.Combine(folder, "watchlists.json"), Path.Combine(folder, "labels.csv"), consoleSubscription: true, mergeTargets: true, ct);
        var skipped = new MalformedLog(sources.Value.ReportProblemsShown);
        // Plain lines even on a terminal: the replay prints alerts as it goes, which a live bar would draw over.
        var display = new ProgressDisplay("replay", console.Error, TimeProvider.System, terminal: false);
        var result = await display.RunAsync(
            command.File!, progress => replay.RunAsync(source.Value, sources.Value.ReplaySpeed(command.Speed), skipped.Add, progress, ct), ct);
        await output.WriteLineAsync(
            $"Replayed {command.File}: {result.Read:N0} records, {result.Stored:N0} new posts, {result.Duplicates:N0} already stored, " +
            $"{result.Malformed:N0} skipped{(result.Capped > 0 ? $", {result.Capped:N0} with fields capped" : "")}{(result.Resumed ? " (resumed from checkpoint)" : "")}.");
        await skipped.WriteAsync(output, result.Stopped);
        if (command.AlertsOut is { } path)
        {
            var written = await AlertsJsonl.WriteAsync(alerts, path, ct);
            await output.WriteLineAsync($"Wrote {written} alert(s) to {path}.");
        }

        return ExitCodes.Of(result);
    }
}
