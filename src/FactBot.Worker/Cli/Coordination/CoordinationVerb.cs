using FactBot.Core.Detection.Coordination.Batch;
using FactBot.Core.Results;
using FactBot.Sources.Coordination;
using FactBot.Sources.Csv;

namespace FactBot.Worker.Cli.Coordination;

/// <summary>
/// <c>factbot coordination --input FILE [--time-window S] [--min-participation N] [--edge-weight Q] [--out DIR]</c>:
/// CooRTweet's batch detection on a CSV (malformed rows are skipped and listed on stderr). Exit codes: 0 done, 1 the input could not be read or the output written,
/// 2 usage error. Runs without the generic host (start-up time is most of a run), so call it before building one.
/// </summary>
internal static class CoordinationVerb
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    private const int ShownProblems = 20;

    /// <summary>Runs the verb; <paramref name="args"/> are the arguments after <c>coordination</c>.</summary>
    internal static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var parsed = CoordinationArguments.Parse(args);
        if (!parsed.IsSuccess)
        {
            await stderr.WriteLineAsync($"factbot coordination: {parsed.Error.Message}");
            await stderr.WriteLineAsync(CoordinationArguments.Usage);
            return UsageError;
        }

        var arguments = parsed.Value;
        if (arguments.Help)
        {
            await stdout.WriteLineAsync(CoordinationArguments.Usage);
            return Ok;
        }

        var input = SelectInput(arguments);
        var table = await input.LoadAsync(ct);
        if (!table.IsSuccess)
        {
            var where = table.Error is MalformedRecord bad ? $"{input.Description}, {bad.Position}: " : "";
            await stderr.WriteLineAsync($"factbot coordination: {where}{table.Error.Message}");
            return Failed;
        }

        await ReportSkippedAsync(stderr, input.Description, table.Value.Skipped);
        var run = BatchCoordination.Run(table.Value.Table, arguments.Parameters, ct);
        if (!run.IsSuccess)
            return await FailAsync(stderr, run.Error);

        var result = run.Value;
        await stdout.WriteLineAsync($"input: {input.Description}");
        await stdout.WriteAsync(CoordinationSummaryText.Format(result.Summary, arguments.Parameters));
        if (arguments.OutDirectory is { } outDirectory)
        {
            var written = CoordinationCsvWriter.WriteAll(outDirectory, result);
            if (!written.IsSuccess)
                return await FailAsync(stderr, written.Error!);

            await stdout.WriteLineAsync(
                $"wrote {CoordinationCsvWriter.PairsFile}, {CoordinationCsvWriter.EdgesFile}, {CoordinationCsvWriter.GroupsFile} to {outDirectory}");
        }

        return Ok;
    }

    /// <summary>
    /// The one place an input is chosen. Stored posts: add an option to <see cref="CoordinationArguments"/> and
    /// return an <see cref="ICoordinationInput"/> over the post store here.
    /// </summary>
    internal static ICoordinationInput SelectInput(CoordinationArguments arguments) =>
        new CsvCoordinationInput(arguments.InputPath!);

    // Malformed rows are skipped, as CooRTweet's users would clean them by hand; each is named so they can.
    private static async Task ReportSkippedAsync(TextWriter stderr, string description, IReadOnlyList<CsvProblem> skipped)
    {
        foreach (var problem in skipped.Take(ShownProblems))
            await stderr.WriteLineAsync($"factbot coordination: {description}, {problem} (row skipped)");

        if (skipped.Count > ShownProblems)
            await stderr.WriteLineAsync($"factbot coordination: … and {skipped.Count - ShownProblems} more malformed rows skipped");
    }

    private static async Task<int> FailAsync(TextWriter stderr, Error error)
    {
        await stderr.WriteLineAsync($"factbot coordination: {error.Message}");
        return error is InvalidArgument { Argument: "MinParticipation" or "TimeWindow" or "EdgeWeight" } ? UsageError : Failed;
    }
}
