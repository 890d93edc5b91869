using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace FactBot.Worker.Tests.Crash;

/// <summary>
/// The live worker (<c>factbot run</c>) ingesting from its watch folder (files dropped while it runs) and from a
/// Mastodon stand-in on loopback, with a 1-second bin-close job, is killed (SIGKILL) at moments spread over its work —
/// starting up, mid-poll, between commits, delivering — and started again. The store's alerts (ids, numbers,
/// evidence) must equal an uninterrupted run's, every post stored once, and the messages both processes delivered
/// must be the uninterrupted run's, each once — but for the one message in flight at the kill (delivery is at least once).
/// </summary>
public sealed partial class RunCrashTests : IDisposable
{
    // After the last alert is delivered: long enough for two more bin-closes and several outbox sweeps.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan FileEvery = TimeSpan.FromMilliseconds(600);

    private readonly string _folder = Directory.CreateTempSubdirectory("factbot-run-crash-").FullName;
    private readonly LiveCrashData _data = new(TimeProvider.System.GetUtcNow()); // the child runs on the real clock, so the data is stamped from it
    private readonly MastodonStandIn _mastodon;

    private readonly ITestOutputHelper _output;

    public RunCrashTests(ITestOutputHelper output)
    {
        _output = output;
        _mastodon = new MastodonStandIn(_data.Statuses, TimeSpan.FromMilliseconds(300));
    }

    public void Dispose()
    {
        _mastodon.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Run_KilledAtManyMomentsAndRestarted_GivesTheUninterruptedAlertsAndMessages()
    {
        var (expectedAlerts, expectedOutputs, expectedPosts, _) = await RunUntilDoneAsync("full", null);
        var expectedMessages = Lines(string.Concat(expectedOutputs));
        Assert.Equal(LiveCrashData.Groups, expectedAlerts.Count);
        Assert.All(expectedAlerts, a => Assert.Contains("Coordination", a, StringComparison.Ordinal));
        Assert.Equal(LiveCrashData.Groups, AlertIds(expectedMessages).Count);
        Assert.Equal(_data.Posts, expectedPosts.Count);

        // Moments tied to what the doomed process has done, so they land in the same phase on a fast or a loaded
        // machine: starting up, just as a source finished a file or a poll (others still mid-way), a little after,
        // and just as the first alert went out (the others still in the outbox or not yet found).
        KillMoment[] moments =
        [
            new("starting up", _ => true, TimeSpan.FromSeconds(0.8)),
            new("first ingest logged", p => Ingests(p) >= 1, TimeSpan.Zero),
            new("after the first ingest", p => Ingests(p) >= 1, TimeSpan.FromMilliseconds(350)),
            new("second ingest logged", p => Ingests(p) >= 2, TimeSpan.FromMilliseconds(60)),
            new("first alert delivered", p => AlertIds(Lines(p.Output)).Count >= 1, TimeSpan.Zero),
        ];
        var stored = new List<(string Moment, int Posts)>();
        foreach (var moment in moments)
        {
            var (alerts, outputs, posts, storedAtKill) = await RunUntilDoneAsync(moment.Name.Replace(' ', '-'), moment);
            stored.Add((moment.Name, storedAtKill));
            _output.WriteLine($"killed at '{moment.Name}': {storedAtKill} of {_data.Posts} posts stored");

            Assert.Equal(expectedAlerts, alerts);
            DeliveredMessages.AssertEachOnceButTheOneInFlight(string.Concat(expectedOutputs), outputs);
            Assert.Equal(_data.Posts, posts.Count);
            Assert.Equal(posts.Count, posts.Distinct(StringComparer.Ordinal).Count());
        }

        // At least one kill must have cut ingest short, or the test proved nothing about resuming mid-stream.
        Assert.True(
            stored.Any(s => s.Posts > 0 && s.Posts < _data.Posts),
            $"posts stored at the kills: {string.Join("; ", stored.Select(s => $"{s.Moment} {s.Posts}"))} of {_data.Posts}");
    }

    /// <summary>
    /// Starts the worker on a fresh store and inbox, drops the data files in while it runs, kills it at
    /// <paramref name="kill"/> (if any) and starts it again, then lets the last process run until every group's alert
    /// was delivered and nothing more came for a while. Returns the stored alerts, every delivered line, the posts,
    /// and how many posts were stored when the kill struck.
    /// </summary>
    private async Task<(List<string> Alerts, List<string> Outputs, List<string> Posts, int StoredAtKill)> RunUntilDoneAsync(string name, KillMoment? kill)
    {
        var home = Directory.CreateDirectory(Path.Combine(_folder, name)).FullName;
        var inbox = Directory.CreateDirectory(Path.Combine(home, "inbox")).FullName;
        var database = Path.Combine(home, "factbot.db");
        var environment = Settings(home, inbox, database);
        using var feeding = new CancellationTokenSource();
        var feeder = FeedAsync(home, inbox, feeding.Token);
        var outputs = new List<string>();
        var storedAtKill = -1;
        try
        {
            if (kill is not null)
            {
                using var killed = ChildProcess.Start(environment, "run");
                var waited = Stopwatch.StartNew();
                while (!kill.Reached(killed))
                {
                    Assert.True(waited.Elapsed < Timeout, $"{name}: the kill moment never came. Log:\n{killed.Errors}");
                    await Task.Delay(10);
                }

                await Task.Delay(kill.Delay);
                await killed.KillAsync();
                outputs.Add(killed.Output);
                storedAtKill = (await StoredState.PostKeysAsync(database)).Count;
            }

            using var last = ChildProcess.Start(environment, "run");
            var done = Stopwatch.StartNew();
            while (AlertIds(Lines(string.Concat(outputs) + last.Output)).Count < LiveCrashData.Groups)
            {
                Assert.True(done.Elapsed < Timeout, $"{name}: not every alert was delivered in time. Output:\n{last.Output}");
                await Task.Delay(100);
            }

            await feeder;
            await Task.Delay(Settle);
            await last.KillAsync();
            outputs.Add(last.Output);
        }
        finally
        {
            await feeding.CancelAsync();
            await SwallowAsync(feeder);
        }

        return (await StoredState.AlertsAsync(database), outputs, await StoredState.PostKeysAsync(database), storedAtKill);
    }

    private Dictionary<string, string> Settings(string home, string inbox, string database)
    {
        var watchlists = Path.Combine(home, "watchlists.json");
        File.WriteAllText(watchlists, $$"""{"watchlists":[{"name":"main","targets":["#{{LiveCrashData.Hashtag}}"]}]}""");
        return new Dictionary<string, string>
        {
            ["FACTBOT__Storage__Path"] = database,
            ["FACTBOT__Worker__WatchFolder"] = inbox,
            ["FACTBOT__Worker__HeartbeatFile"] = Path.Combine(home, "heartbeat"),
            ["FACTBOT__Worker__SeedWatchlists"] = watchlists,
            ["FACTBOT__Worker__SeedLabels"] = Directory.CreateDirectory(Path.Combine(home, "labels")).FullName,
            ["FACTBOT__Worker__BinCloseInterval"] = "00:00:01",
            ["FACTBOT__Worker__SourcePollInterval"] = "00:00:01",
            ["FACTBOT__Worker__OutboxSweepInterval"] = "00:00:00.200",
            ["FACTBOT__Worker__ApiPollInterval"] = "00:00:10",
            ["FACTBOT__Mastodon__Instances__0"] = _mastodon.BaseUrl,
            ["FACTBOT__Mastodon__PageSize"] = "4",
            ["FACTBOT__Core__Ingest__BatchSize"] = "3",
            ["FACTBOT__Core__Alerts__QuietPeriod"] = "10.00:00:00",
        };
    }

    // Files appear one by one once a worker is up (its heartbeat file exists), while it (or its successor) runs;
    // each is written beside the inbox and moved in, so the worker never reads one half-written.
    private async Task FeedAsync(string home, string inbox, CancellationToken ct)
    {
        while (!File.Exists(Path.Combine(home, "heartbeat")))
            await Task.Delay(20, ct);
        for (var i = 0; i < _data.Files.Count; i++)
        {
            await Task.Delay(FileEvery, ct);
            var staged = Path.Combine(home, $"part{i}.jsonl");
            await File.WriteAllTextAsync(staged, LiveCrashData.Jsonl(_data.Files[i]), ct);
            File.Move(staged, Path.Combine(inbox, $"part{i}.jsonl"));
        }
    }

    private static async Task SwallowAsync(Task task)
    {
        try
        {
            await task;
        }
        catch (OperationCanceledException)
        {
        }
    }

    // The worker logs one line per file ingested and per Mastodon poll that stored posts.
    private static int Ingests(ChildProcess process) =>
        Lines(process.Errors).Count(line => line.Contains("Ingested ", StringComparison.Ordinal) || line.Contains(" new, ", StringComparison.Ordinal));

    private static List<string> Lines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r'))];

    private static HashSet<string> AlertIds(IEnumerable<string> lines) =>
        [.. lines.SelectMany(line => AlertId().Matches(line).Select(m => m.Value))];

    [GeneratedRegex(@"\bA-[0-9A-Z]{4,12}\b")]
    private static partial Regex AlertId();
}
