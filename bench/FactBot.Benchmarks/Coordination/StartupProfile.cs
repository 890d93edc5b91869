using FactBot.Benchmarks.Infrastructure;

namespace FactBot.Benchmarks.Coordination;

/// <summary>
/// The same process run under the runtime's JIT/start-up knobs, to show where a one-shot run's time goes (the
/// knobs are environment variables, so nothing is rebuilt): default, no dynamic PGO, no tiering (everything fully
/// optimised at first call), no quick JIT for loops, and without the framework's ReadyToRun code.
/// </summary>
internal static class StartupProfile
{
    private static readonly (string Name, Dictionary<string, string> Environment)[] Variants =
    [
        ("default", []),
        ("`DOTNET_TieredPGO=0`", new() { ["DOTNET_TieredPGO"] = "0" }),
        ("`DOTNET_TieredCompilation=0`", new() { ["DOTNET_TieredCompilation"] = "0" }),
        ("`DOTNET_TC_QuickJitForLoops=0`", new() { ["DOTNET_TC_QuickJitForLoops"] = "0" }),
        ("`DOTNET_ReadyToRun=0` (framework JIT-compiled too)", new() { ["DOTNET_ReadyToRun"] = "0" }),
    ];

    public static async Task<MarkdownTable> MeasureAsync(
        FactbotCommand factbot, IReadOnlyList<string> args, IReadOnlyList<string> tinyArgs, int runs, CancellationToken ct)
    {
        var table = new MarkdownTable(
            "runtime setting", $"tw10 ×1: wall, median of {runs} (min–max)", "tw10 ×1: CPU", "2-row input (start-up floor): wall", "2-row: CPU");
        foreach (var (name, environment) in Variants)
        {
            var full = await factbot.TimeAsync(args, useDll: false, runs, ct, environment);
            var tiny = await factbot.TimeAsync(tinyArgs, useDll: false, runs, ct, environment);
            table.Add(name, Stats.Spread(full.Wall), Stats.Spread(full.Cpu), Stats.Spread(tiny.Wall), Stats.Spread(tiny.Cpu));
        }

        return table;
    }
}
