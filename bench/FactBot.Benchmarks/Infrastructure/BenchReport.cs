namespace FactBot.Benchmarks.Infrastructure;

/// <summary>
/// What a bench found: markdown (tables and notes) for the console and RESULTS.md, and whether its checks passed
/// (a failed correctness check makes the process exit with 1; a missed speed target is reported, not failed).
/// </summary>
internal sealed record BenchReport(string Markdown, bool Passed)
{
    /// <summary>The bench could not run here (e.g. its data is absent); nothing is recorded.</summary>
    public bool Skipped { get; init; }

    public static BenchReport Skip(string reason) => new($"_Skipped: {reason}_\n", true) { Skipped = true };
}
