using System.Diagnostics;
using FactBot.Core.Abstractions;
using FactBot.Sources.Demo;
using FactBot.Storage;
using FactBot.Worker.Cli;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Worker.Tests.Cli;

public sealed class ReplayVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("factbot-replay-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Dictionary<string, string?> Store(string name) => new() { ["Storage:Path"] = Path.Combine(_folder, name) };

    private CliCommand Replay(string alertsOut) =>
        new(CliVerb.Replay) { File = WorkerHost.DemoDataset, AlertsOut = Path.Combine(_folder, alertsOut) };

    [Fact]
    public async Task Replay_DemoDatasetTwice_WritesTheSameAlertsIncludingThePlantedSurge()
    {
        var (first, _) = await WorkerHost.RunAsync(Replay("a1.jsonl"), Store("one.db"));
        var (again, againOutput) = await WorkerHost.RunAsync(Replay("a2.jsonl"), Store("one.db"));
        var (fresh, _) = await WorkerHost.RunAsync(Replay("a3.jsonl"), Store("two.db"));

        Assert.Equal([0, 0, 0], new[] { first, again, fresh });
        var alerts = await File.ReadAllTextAsync(Path.Combine(_folder, "a1.jsonl"));
        Assert.Contains("\"kind\":\"volume\",\"target\":\"#donbas\"", alerts, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"coordination\"", alerts, StringComparison.Ordinal);
        Assert.Contains("\"opened_at\":\"2022-03-07T", alerts, StringComparison.Ordinal);
        Assert.Contains("resumed from checkpoint", againOutput, StringComparison.Ordinal);
        Assert.Equal(alerts, await File.ReadAllTextAsync(Path.Combine(_folder, "a2.jsonl")));
        Assert.Equal(alerts, await File.ReadAllTextAsync(Path.Combine(_folder, "a3.jsonl")));
    }

    [Fact]
    public async Task Replay_ProcessKilledHalfWayThenRestarted_StoresEveryPostExactlyOnce()
    {
        var db = Path.Combine(_folder, "killed.db");
        // At ×40,000 the 8 days take about 17 s; the kill comes once the store has grown (start-up time varies a lot
        // with the machine's load), so it lands mid-way.
        using (var slow = StartFactBot(db, "--speed", "40000"))
        {
            await StoreGrownAsync(db, slow);
            slow.Kill(entireProcessTree: true);
            await slow.WaitForExitAsync();
        }

        var storedBeforeRestart = await CountPostsAsync(db);
        using (var resumed = StartFactBot(db))
        {
            await resumed.WaitForExitAsync();
            Assert.Equal(0, resumed.ExitCode);
        }

        var expected = new DemoDatasetGenerator(DemoScenario.Default).Generate();
        Assert.InRange(storedBeforeRestart, 1, expected.Count - 1);
        Assert.Equal(expected.Count, await CountPostsAsync(db));
        await using var services = Services(db);
        var posts = services.GetRequiredService<IPostStore>();
        foreach (var post in expected.Where((_, i) => i % 97 == 0))
            Assert.NotNull(await posts.GetAsync(post.Key));
    }

    private static async Task StoreGrownAsync(string db, Process child)
    {
        static long Size(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
        var log = Path.Combine(Path.GetDirectoryName(db)!, Path.GetFileNameWithoutExtension(db) + "-log" + Path.GetExtension(db));
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (Size(db) + Size(log) < 2 * 1024 * 1024 && !child.HasExited && !patience.IsCancellationRequested)
            await Task.Delay(50, CancellationToken.None);
    }

    private static Process StartFactBot(string db, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "factbot.dll"));
        start.ArgumentList.Add("replay");
        start.ArgumentList.Add(WorkerHost.DemoDataset);
        foreach (var arg in extra)
            start.ArgumentList.Add(arg);
        start.Environment["FACTBOT__Storage__Path"] = db;
        start.Environment["FACTBOT_HOME"] = WorkerHost.RepoRoot();
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<long> CountPostsAsync(string db)
    {
        await using var services = Services(db);
        return await services.GetRequiredService<IPostStore>().CountAsync();
    }

    private static ServiceProvider Services(string db)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Storage:Path", db)]).Build();
        return new ServiceCollection().AddFactBotStorage(configuration).BuildServiceProvider();
    }
}
