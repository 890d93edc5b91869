namespace FactBot.Benchmarks.Infrastructure;

/// <summary>Where things are, for a bench run.</summary>
/// <param name="RepoRoot">The folder with FactBot.sln.</param>
/// <param name="SharedData">../shared/data next to the repo (may not exist).</param>
/// <param name="Configuration">The bench's build configuration folder ("release" or "debug").</param>
/// <param name="Log">Progress lines (stderr), so stdout holds only the report.</param>
internal sealed record BenchContext(string RepoRoot, string SharedData, string Configuration, TextWriter Log)
{
    /// <summary>
    /// The factbot build next to this bench's build: &lt;artifacts&gt;/bin/FactBot.Worker/&lt;config&gt;/ (the bench
    /// references the Worker, so building the bench builds it). FACTBOT_DIR overrides.
    /// </summary>
    public string FactbotDirectory =>
        Environment.GetEnvironmentVariable("FACTBOT_DIR")
        ?? Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "FactBot.Worker", Configuration));

    /// <summary>A fresh temporary folder for this bench, deleted by the caller.</summary>
    public static string CreateTempDirectory(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"factbot-bench-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
