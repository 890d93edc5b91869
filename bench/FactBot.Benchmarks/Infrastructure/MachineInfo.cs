using System.Globalization;
using System.Runtime.InteropServices;

namespace FactBot.Benchmarks.Infrastructure;

/// <summary>One line naming the machine a result was measured on.</summary>
internal static class MachineInfo
{
    public static async Task<string> DescribeAsync(CancellationToken ct)
    {
        var cpu = ReadField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memKb = ReadField("/proc/meminfo", "MemTotal")?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var ram = long.TryParse(memKb, CultureInfo.InvariantCulture, out var kb) ? $"{kb / 1024.0 / 1024.0:F1} GiB RAM" : "RAM unknown";
        var sdk = await ProcessTimer.RunAsync("dotnet", ["--version"], ct: ct);
        var date = TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture,
            $"{date} · nproc {Environment.ProcessorCount} · {cpu} · {ram} · dotnet SDK {sdk.Stdout.Trim()} (runtime {RuntimeInformation.FrameworkDescription}) · {RuntimeInformation.OSDescription} · {LoadAverage()}");
    }

    /// <summary>The 1/5/15-minute load averages: a shared machine's timings are only as good as its load.</summary>
    public static string LoadAverage()
    {
        const string Path = "/proc/loadavg";
        if (!File.Exists(Path))
            return "load unknown";

        var parts = File.ReadAllText(Path).Split(' ');
        return $"load average {parts[0]} / {parts[1]} / {parts[2]}";
    }

    private static string? ReadField(string path, string key)
    {
        if (!File.Exists(path))
            return null;

        return File.ReadLines(path)
            .Where(l => l.StartsWith(key, StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault();
    }
}
