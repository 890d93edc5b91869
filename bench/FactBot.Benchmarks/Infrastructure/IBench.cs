namespace FactBot.Benchmarks.Infrastructure;

/// <summary>One named bench: measures, prints markdown, and returns what goes into bench/RESULTS.md.</summary>
internal interface IBench
{
    /// <summary>The command-line name, lower-case (e.g. "coordination").</summary>
    string Name { get; }

    /// <summary>One line for the list of benches.</summary>
    string Description { get; }

    /// <summary>Runs the bench. Progress goes to <see cref="BenchContext.Log"/>; the report is printed and recorded.</summary>
    Task<BenchReport> RunAsync(BenchContext context, CancellationToken ct);
}
