using System.Diagnostics;

namespace FactBot.Benchmarks.Infrastructure;

/// <summary>Runs a process to completion and measures its wall time, start to exit.</summary>
internal static class ProcessTimer
{
    /// <param name="Cpu">User + system CPU time of the process (and its children), when the OS tells.</param>
    public sealed record Run(int ExitCode, TimeSpan Elapsed, TimeSpan? Cpu, string Stdout, string Stderr);

    public static async Task<Run> RunAsync(
        string fileName, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, CancellationToken ct = default)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
            info.ArgumentList.Add(a);

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            info.Environment[key] = value;

        var cpuBefore = ChildCpuTime.Total();
        var start = TimeProvider.System.GetTimestamp();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Cannot start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        var elapsed = TimeProvider.System.GetElapsedTime(start);
        var cpu = ChildCpuTime.Total() - cpuBefore;
        return new Run(process.ExitCode, elapsed, cpu, await stdout, await stderr);
    }
}
