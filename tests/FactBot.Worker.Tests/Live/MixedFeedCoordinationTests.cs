using System.Diagnostics;
using FactBot.Worker.Tests.Crash;
using FactBot.Worker.Tests.Support;

namespace FactBot.Worker.Tests.Live;

/// <summary>
/// <c>factbot run</c> fed live and late at once: a Mastodon stand-in whose #fistbump timeline holds posts from the last
/// minutes (polled first), and the TikTok Research API stand-in, two days behind, serving a coordinated group from two
/// and a half days ago on the same hashtag. The live posts must not push the TikTok ones out of their look-back: the
/// group of twelve is alerted, found late.
/// </summary>
public sealed class MixedFeedCoordinationTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private readonly string _home = Directory.CreateTempSubdirectory("factbot-mixed-feed-").FullName;
    private readonly TikTokStandIn _tiktok = new() { FirstAnswerDelay = TimeSpan.FromSeconds(3) };
    private readonly MastodonStandIn _mastodon;
    private readonly DateTimeOffset _now = TimeProvider.System.GetUtcNow();

    public MixedFeedCoordinationTests() =>
        _mastodon = new MastodonStandIn(
            [.. Enumerable.Range(1, 30).Select(i => Status(i, $"live{i:D2}", _now - TimeSpan.FromMinutes(31 - i), $"live post {i} on what happened today"))],
            TimeSpan.Zero);

    public void Dispose()
    {
        _tiktok.Dispose();
        _mastodon.Dispose();
        Directory.Delete(_home, recursive: true);
    }

    [Fact]
    public async Task Run_ACoordinatedGroupTwoDaysBehindBesideALiveFeed_IsAlerted()
    {
        var hour = new DateTimeOffset(_now.Ticks - (_now.Ticks % TimeSpan.TicksPerHour), TimeSpan.Zero);
        var surge = hour - TimeSpan.FromHours(60);
        _tiktok.Add("fistbump", Enumerable.Range(1, 240).Select(h => hour - TimeSpan.FromHours(h) + TimeSpan.FromMinutes(35)));
        foreach (var wave in new[] { surge + TimeSpan.FromMinutes(10), surge + TimeSpan.FromMinutes(40) })
        {
            _tiktok.Add("fistbump", Enumerable.Range(0, 12).Select(i => wave + TimeSpan.FromSeconds(i * 2)), author: i => $"bumper{i:D2}",
                musicId: "7071860473652120581", caption: "The fist bump in Donbas says it all, share before it is deleted");
        }

        var watchlists = Path.Combine(_home, "watchlists.json");
        File.WriteAllText(watchlists, """{"watchlists":[{"name":"main","targets":["#fistbump"]}]}""");
        var environment = new Dictionary<string, string>
        {
            ["FACTBOT__Storage__Path"] = Path.Combine(_home, "factbot.db"),
            ["FACTBOT__Worker__WatchFolder"] = Directory.CreateDirectory(Path.Combine(_home, "inbox")).FullName,
            ["FACTBOT__Worker__HeartbeatFile"] = Path.Combine(_home, "heartbeat"),
            ["FACTBOT__Worker__SeedWatchlists"] = watchlists,
            ["FACTBOT__Worker__SeedLabels"] = Directory.CreateDirectory(Path.Combine(_home, "labels")).FullName,
            ["FACTBOT__Worker__BinCloseInterval"] = "00:00:01",
            ["FACTBOT__Worker__ApiPollInterval"] = "00:00:10",
            ["FACTBOT__Mastodon__Instances__0"] = _mastodon.BaseUrl,
            ["FACTBOT__TikTok__BaseUrl"] = _tiktok.BaseUrl,
            ["FACTBOT__TikTok__ClientKey"] = "stand-in-key",
            ["FACTBOT__TikTok__ClientSecret"] = "stand-in-secret",
            ["FACTBOT__TikTok__InitialLookback"] = "4.00:00:00",
        };

        using var worker = ChildProcess.Start(environment, "run");
        var waited = Stopwatch.StartNew();
        while (!worker.Output.Contains("Accounts in group: 12", StringComparison.Ordinal))
        {
            Assert.True(waited.Elapsed < Timeout, $"no group of 12. TikTok queries answered: {_tiktok.Queries}.\nOutput:\n{worker.Output}\nLog:\n{worker.Errors}");
            await Task.Delay(200);
        }

        await worker.KillAsync();
        Assert.Contains("Coordinated posting on #fistbump", worker.Output, StringComparison.Ordinal);
        Assert.Contains("Found late: the data arrived 2 d", worker.Output, StringComparison.Ordinal);
    }

    private static string Status(int id, string author, DateTimeOffset at, string caption) =>
        MastodonStatus.Json(id, author, at, caption + " #fistbump", "fistbump", "live.example");
}
