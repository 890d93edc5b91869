using System.Diagnostics;

namespace FactBot.Worker.Tests.Crash;

/// <summary>
/// A crash is a test case: <c>replay</c> into a file store is killed (SIGKILL) at moments spread over its run — inside
/// batches, between detector steps, while delivering — and started again. The alerts file and every message delivered
/// (by both processes together) must equal an uninterrupted run's: same ids, numbers, evidence, each message once.
/// </summary>
public sealed class ReplayCrashTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private readonly string _folder = Directory.CreateTempSubdirectory("factbot-crash-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Replay_KilledAtManyMomentsAndRestarted_GivesTheUninterruptedAlertsAndMessages()
    {
        var watch = Stopwatch.StartNew();
        var (expectedAlerts, expectedMessages) = await RunToEndAsync("full");
        var duration = watch.Elapsed;
        Assert.Contains("\"kind\":\"coordination\"", expectedAlerts, StringComparison.Ordinal);
        Assert.NotEmpty(expectedMessages);

        // Uneven fractions, so the kills land at different points of batches and steps on every machine.
        double[] fractions = [0.17, 0.53, 0.91];
        foreach (var fraction in fractions)
        {
            var name = $"kill-{fraction:0.00}";
            using (var killed = Start(name))
            {
                await Task.Delay(duration * fraction);
                await killed.KillAsync();
                var (alerts, messages) = await RunToEndAsync(name);

                Assert.Equal(expectedAlerts, alerts);
                Assert.Equal(expectedMessages, [.. Messages(killed.Output), .. messages]);
            }
        }
    }

    private ChildProcess Start(string name) => ChildProcess.Start(
        new Dictionary<string, string> { ["FACTBOT__Storage__Path"] = Path.Combine(_folder, name + ".db") },
        "replay", WorkerHost.DemoDataset, "--speed", "max", "--alerts-out", Path.Combine(_folder, name + ".alerts.jsonl"));

    private async Task<(string Alerts, List<string> Messages)> RunToEndAsync(string name)
    {
        using var run = Start(name);
        Assert.Equal(0, await run.WaitAsync(Timeout));
        return (await File.ReadAllTextAsync(Path.Combine(_folder, name + ".alerts.jsonl")), Messages(run.Output));
    }

    /// <summary>The delivered messages: the console sender's lines, without the replay's own summary lines.</summary>
    private static List<string> Messages(string output) =>
    [
        .. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.TrimEnd('\r'))
            .Where(line => !line.StartsWith("Replayed ", StringComparison.Ordinal) && !line.StartsWith("Wrote ", StringComparison.Ordinal)),
    ];
}
