using System.Diagnostics;
using FactBot.Worker.Tests.Crash;

namespace FactBot.Worker.Tests.Live;

/// <summary>
/// The case on the real clock: <c>factbot run</c> polls a TikTok Research API stand-in (two days behind, as the
/// real one) for a hashtag watched from now on; the stand-in holds ten days of one video an hour and a surge of 80
/// videos within one hour two and a half days ago. The surge must be alerted after the first poll, saying it was found late.
/// </summary>
public sealed class TikTokLateSurgeTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private readonly string _home = Directory.CreateTempSubdirectory("factbot-tiktok-late-").FullName;
    private readonly TikTokStandIn _tiktok = new();

    public void Dispose()
    {
        _tiktok.Dispose();
        Directory.Delete(_home, recursive: true);
    }

    [Fact]
    public async Task Run_APastSurgeServedByTheFirstPoll_IsAlertedAsFoundLate()
    {
        var now = TimeProvider.System.GetUtcNow();
        var hour = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerHour), TimeSpan.Zero);
        var surge = hour - TimeSpan.FromHours(60);
        _tiktok.Add("donbas", Enumerable.Range(1, 240).Select(h => hour - TimeSpan.FromHours(h) + TimeSpan.FromMinutes(20)));
        _tiktok.Add("donbas", Enumerable.Range(0, 80).Select(i => surge + TimeSpan.FromSeconds(30 + (i * 40))));
        var watchlists = Path.Combine(_home, "watchlists.json");
        File.WriteAllText(watchlists, """{"watchlists":[{"name":"main","targets":["#donbas"]}]}""");
        var environment = new Dictionary<string, string>
        {
            ["FACTBOT__Storage__Path"] = Path.Combine(_home, "factbot.db"),
            ["FACTBOT__Worker__WatchFolder"] = Directory.CreateDirectory(Path.Combine(_home, "inbox")).FullName,
            ["FACTBOT__Worker__HeartbeatFile"] = Path.Combine(_home, "heartbeat"),
            ["FACTBOT__Worker__SeedWatchlists"] = watchlists,
            ["FACTBOT__Worker__SeedLabels"] = Directory.CreateDirectory(Path.Combine(_home, "labels")).FullName,
            ["FACTBOT__Worker__BinCloseInterval"] = "00:00:01",
            ["FACTBOT__Worker__ApiPollInterval"] = "00:00:10",
            ["FACTBOT__TikTok__BaseUrl"] = _tiktok.BaseUrl,
            ["FACTBOT__TikTok__ClientKey"] = "stand-in-key",
            ["FACTBOT__TikTok__ClientSecret"] = "stand-in-secret",
            ["FACTBOT__TikTok__InitialLookback"] = "10.00:00:00",
        };

        using var worker = ChildProcess.Start(environment, "run");
        var waited = Stopwatch.StartNew();
        while (!worker.Output.Contains("Volume surge", StringComparison.Ordinal))
        {
            Assert.True(waited.Elapsed < Timeout, $"no alert. Queries answered: {_tiktok.Queries}.\nOutput:\n{worker.Output}\nLog:\n{worker.Errors}");
            await Task.Delay(200);
        }

        await Task.Delay(500);
        await worker.KillAsync();
        var output = worker.Output;
        Assert.Contains("Found late: the data arrived 2 d", output, StringComparison.Ordinal);
        Assert.Contains("#donbas", output, StringComparison.Ordinal);
        Assert.Contains(surge.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), output, StringComparison.Ordinal);
    }
}
