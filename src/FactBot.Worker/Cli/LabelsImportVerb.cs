using FactBot.Core.Abstractions;
using FactBot.Core.Audit;
using FactBot.Core.Posts;
using FactBot.Sources;
using FactBot.Sources.Labels;
using FactBot.Worker.Delivery;
using Microsoft.Extensions.Options;

namespace FactBot.Worker.Cli;

/// <summary><c>factbot labels import &lt;file&gt;</c>: loads a label list and says how many accounts per platform it labelled.</summary>
internal sealed class LabelsImportVerb(ILabelStore labels, IAuditLog audit, IOptions<SourcesOptions> sources, ConsoleOutput console, TimeProvider time)
{
    public async Task<int> RunAsync(CliCommand command, CancellationToken ct)
    {
        var output = console.Writer;
        var import = LabelFileLoader.Load(command.File!, command.Version);
        if (!import.IsSuccess)
        {
            await console.Error.WriteLineAsync($"error: {import.Error.Message}");
            return ExitCodes.Failed;
        }

        var result = import.Value;
        var written = await labels.UpsertAsync(result.Labels, ct);
        await audit.AppendAsync(new AuditEntry
        {
            At = time.GetUtcNow(),
            Actor = "operator (cli)",
            Action = "labels import",
            Subject = command.File!,
            After = $"{written} labels",
        }, ct);

        await output.WriteLineAsync($"Labelled {written:N0} accounts from {command.File}:");
        foreach (var (platform, count) in result.CountsByPlatform.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
            await output.WriteLineAsync($"  {platform,-10} {count,6:N0}");
        await output.WriteLineAsync($"{result.RowsRead:N0} rows read, {result.Skipped.Count:N0} skipped.");
        var shown = sources.Value.ReportProblemsShown;
        foreach (var skipped in result.Skipped.Take(shown))
            await output.WriteLineAsync($"  skipped {SafeText.ForDisplay(skipped.ToString())}");
        if (result.Skipped.Count > shown)
            await output.WriteLineAsync($"  … and {result.Skipped.Count - shown} more");
        return result.Skipped.Count > 0 ? ExitCodes.Skipped : ExitCodes.Ok;
    }
}
