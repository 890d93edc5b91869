using FactBot.Benchmarks.Infrastructure;

namespace FactBot.Benchmarks.Coordination;

/// <summary>The built factbot: its apphost (<c>factbot</c>) and <c>dotnet factbot.dll</c>.</summary>
internal sealed class FactbotCommand(string directory)
{
    public string Apphost => Path.Combine(directory, OperatingSystem.IsWindows() ? "factbot.exe" : "factbot");

    public string Dll => Path.Combine(directory, "factbot.dll");

    public static FactbotCommand? Locate(string directory) =>
        File.Exists(Path.Combine(directory, "factbot.dll")) ? new FactbotCommand(directory) : null;

    /// <summary>Wall and CPU times of the timed runs (CPU times are empty where the OS does not tell).</summary>
    public sealed record Timings(List<TimeSpan> Wall, List<TimeSpan> Cpu);

    /// <summary>One untimed run, then <paramref name="runs"/> timed ones; any non-zero exit is an error.</summary>
    public async Task<Timings> TimeAsync(
        IReadOnlyList<string> args, bool useDll, int runs, CancellationToken ct, IReadOnlyDictionary<string, string>? environment = null)
    {
        var times = new Timings([], []);
        for (var i = 0; i <= runs; i++)
        {
            var run = useDll
                ? await ProcessTimer.RunAsync("dotnet", [Dll, .. args], environment, ct)
                : await ProcessTimer.RunAsync(Apphost, args, environment, ct);
            if (run.ExitCode != 0)
                throw new InvalidOperationException($"factbot {string.Join(' ', args)} exited with {run.ExitCode}: {run.Stderr}");

            if (i > 0)
            {
                times.Wall.Add(run.Elapsed);
                if (run.Cpu is { } cpu)
                    times.Cpu.Add(cpu);
            }
        }

        return times;
    }
}
