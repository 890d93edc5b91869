using System.Diagnostics;
using FactBot.Worker.Tests.Crash;

namespace FactBot.Worker.Tests.Live;

/// <summary>
/// The issue's case on the real clock: <c>factbot run</c> polls a TikTok Research API stand-in (two days behind, as the
/// real one) for a hashtag watched from now on; the stand-in holds ten days of one video an hour and a surge of 80
/// videos within one hour two and a half days ago. The surge must be alerted after the first poll, saying it was found late.
/// Beside it, on other hashtags watched alike: a flood of posts by state-media-labelled accounts, and a coordinated group
/// (twelve accounts posting the same sound and caption within seconds, twice), both as long ago; and a surge five and a
/// half days ago, older than the allowed lateness but within the first look-back of a target just watched.
/// </summary>
public sealed class TikTokLateSurgeTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private static readonly string[] Kinds =
        ["Volume surge on #donbas", "State-media surge on #mariupol", "Coordinated posting on #fistbump", "Volume surge on #kherson"];
    private readonly string _home = Directory.CreateTempSubdirectory("factbot-tiktok-late-").FullName;
    private readonly TikTokStandIn _tiktok = new();

    public void Dispose()
    {
        _tiktok.Dispose();
        Directory.Delete(_home, recursive: true);
    }

    [Fact]
    public async Task Run_PastSurgesServedByTheFirstPoll_AreAlertedAsFoundLate()
    {
        var now = TimeProvider.System.GetUtcNow();
        var hour = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerHour), TimeSpan.Zero);
        var surge = hour - TimeSpan.FromHours(60);
        _tiktok.Add("donbas", Enumerable.Range(1, 240).Select(h => hour - TimeSpan.FromHours(h) + TimeSpan.FromMinutes(20)));
        _tiktok.Add("donbas", Enumerable.Range(0, 80).Select(i => surge + TimeSpan.FromSeconds(30 + (i * 40))));
        _tiktok.Add("mariupol", Enumerable.Range(1, 240).Select(h => hour - TimeSpan.FromHours(h) + TimeSpan.FromMinutes(25)));
        _tiktok.Add("mariupol", Enumerable.Range(0, 12).Select(i => surge + TimeSpan.FromMinutes(3 + (i * 4))), author: i => $"statenews{i % 3}");
        _tiktok.Add("fistbump", Enumerable.Range(1, 240).Select(h => hour - TimeSpan.FromHours(h) + TimeSpan.FromMinutes(35)));
        foreach (var wave in new[] { surge + TimeSpan.FromMinutes(10), surge + TimeSpan.FromMinutes(40) })
        {
            _tiktok.Add("fistbump", Enumerable.Range(0, 12).Select(i => wave + TimeSpan.FromSeconds(i * 2)), author: i => $"bumper{i:D2}",
                musicId: "7071860473652120581", caption: "The fist bump in Donbas says it all, share before it is deleted");
        }

        var older = hour - TimeSpan.FromHours(132);
        _tiktok.Add("kherson", Enumerable.Range(1, 240).Select(h => hour - TimeSpan.FromHours(h) + TimeSpan.FromMinutes(15)));
        _tiktok.Add("kherson", Enumerable.Range(0, 80).Select(i => older + TimeSpan.FromSeconds(30 + (i * 40))));

        var watchlists = Path.Combine(_home, "watchlists.json");
        File.WriteAllText(watchlists, """{"watchlists":[{"name":"main","targets":["#donbas","#mariupol","#fistbump","#kherson"]}]}""");
        var labels = Directory.CreateDirectory(Path.Combine(_home, "labels")).FullName;
        File.WriteAllText(Path.Combine(labels, "state.csv"),
            "platform,handle,category,country,source,evidence_url\n" + string.Concat(Enumerable.Range(0, 3).Select(i =>
                $"tiktok,statenews{i},state-controlled,RU,test,https://example.org/{i}\n")));
        var environment = new Dictionary<string, string>
        {
            ["FACTBOT__Storage__Path"] = Path.Combine(_home, "factbot.db"),
            ["FACTBOT__Worker__WatchFolder"] = Directory.CreateDirectory(Path.Combine(_home, "inbox")).FullName,
            ["FACTBOT__Worker__HeartbeatFile"] = Path.Combine(_home, "heartbeat"),
            ["FACTBOT__Worker__SeedWatchlists"] = watchlists,
            ["FACTBOT__Worker__SeedLabels"] = labels,
            ["FACTBOT__Worker__BinCloseInterval"] = "00:00:01",
            ["FACTBOT__Worker__ApiPollInterval"] = "00:00:10",
            ["FACTBOT__TikTok__BaseUrl"] = _tiktok.BaseUrl,
            ["FACTBOT__TikTok__ClientKey"] = "stand-in-key",
            ["FACTBOT__TikTok__ClientSecret"] = "stand-in-secret",
            ["FACTBOT__TikTok__InitialLookback"] = "10.00:00:00",
        };

        using var worker = ChildProcess.Start(environment, "run");
        var waited = Stopwatch.StartNew();
        while (!Kinds.All(kind => worker.Output.Contains(kind, StringComparison.Ordinal)))
        {
            Assert.True(waited.Elapsed < Timeout, $"no alert. Queries answered: {_tiktok.Queries}.\nOutput:\n{worker.Output}\nLog:\n{worker.Errors}");
            await Task.Delay(200);
        }

        // The health file says how complete the feed's data is (the poller covered up to now, two days behind).
        var heartbeat = Path.Combine(_home, "heartbeat");
        while (!File.Exists(heartbeat) || !(await File.ReadAllTextAsync(heartbeat)).Contains("TikTok Research API: complete up to", StringComparison.Ordinal))
        {
            Assert.True(waited.Elapsed < Timeout, $"the heartbeat never told the feed's freshness:\n{(File.Exists(heartbeat) ? await File.ReadAllTextAsync(heartbeat) : "(none)")}");
            await Task.Delay(200);
        }

        await worker.KillAsync();
        var output = worker.Output;
        Assert.Contains("Found late: the data arrived 2 d", output, StringComparison.Ordinal);
        Assert.Contains("Found late: the data arrived 5 d", output, StringComparison.Ordinal);
        Assert.Contains("Accounts in group: 12", output, StringComparison.Ordinal);
        Assert.Contains("statenews", output, StringComparison.Ordinal);
        Assert.Contains(surge.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), output, StringComparison.Ordinal);
    }
}
