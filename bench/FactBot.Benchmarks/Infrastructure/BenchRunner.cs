using System.Runtime.CompilerServices;

namespace FactBot.Benchmarks.Infrastructure;

/// <summary>Picks the bench named on the command line, runs it, prints its report and records it in RESULTS.md.</summary>
internal static class BenchRunner
{
    public static async Task<int> RunAsync(IReadOnlyList<IBench> benches, string[] args, TextWriter stdout, CancellationToken ct)
    {
        var names = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var record = !args.Contains("--no-record");
        if (names.Count == 0 || names[0] is "list" or "help")
        {
            await stdout.WriteLineAsync("usage: dotnet run -c Release --project bench/FactBot.Benchmarks -- <bench>... [--no-record]\n");
            foreach (var b in benches)
                await stdout.WriteLineAsync($"  {b.Name,-14} {b.Description}");

            return names.Count == 0 ? 2 : 0;
        }

        var unknown = names.Where(n => benches.All(b => b.Name != n)).ToList();
        if (unknown.Count > 0)
        {
            await Console.Error.WriteLineAsync($"unknown bench: {string.Join(", ", unknown)} (try 'list')");
            return 2;
        }

        var root = FindRepoRoot();
        var configuration = Path.GetFileName(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var context = new BenchContext(root, Path.GetFullPath(Path.Combine(root, "..", "shared", "data")), configuration, Console.Error);
        if (!configuration.Equals("release", StringComparison.OrdinalIgnoreCase))
            await context.Log.WriteLineAsync($"warning: this is a {configuration} build; timings are only meaningful with -c Release");

        var machine = await MachineInfo.DescribeAsync(ct);
        var passed = true;
        foreach (var bench in names.Select(n => benches.First(b => b.Name == n)))
        {
            await context.Log.WriteLineAsync($"== {bench.Name}");
            var report = await bench.RunAsync(context, ct);
            var section = $"_{machine}_\n\n{report.Markdown}";
            await stdout.WriteLineAsync($"## {bench.Name}\n\n{section}");
            passed &= report.Passed;
            if (record && !report.Skipped)
            {
                var path = Path.Combine(root, "bench", "RESULTS.md");
                ResultsFile.Upsert(path, bench.Name, section);
                await context.Log.WriteLineAsync($"recorded in {path}");
            }
        }

        return passed ? 0 : 1;
    }

    /// <summary>The folder with FactBot.sln: from the working directory, else from this build's or source's location.</summary>
    private static string FindRepoRoot([CallerFilePath] string sourceFile = "")
    {
        string?[] starts = [Environment.CurrentDirectory, AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile)];
        foreach (var start in starts.OfType<string>().Where(s => s.Length > 0))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FactBot.sln")))
                    return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (the folder with FactBot.sln).");
    }
}
