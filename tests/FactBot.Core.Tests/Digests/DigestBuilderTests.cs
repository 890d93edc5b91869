using FactBot.Core.Alerts;
using FactBot.Core.Delivery;
using FactBot.Core.Detection.Surge;
using FactBot.Core.Digests;
using FactBot.Core.Messages;
using FactBot.Core.Subscriptions;
using FactBot.Core.Tests.Delivery;
using FactBot.Core.Watchlists;
using FactBot.TestKit.Fakes;
using FactBot.TestKit.Posts;
using Microsoft.Extensions.Options;

namespace FactBot.Core.Tests.Digests;

public sealed class DigestBuilderTests
{
    private static readonly DateTimeOffset Since = new(2026, 3, 27, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Since.AddDays(1);
    private static readonly Subscription Main = new() { Chat = new ChatRef("test", "c1") };
    private readonly InMemoryAlertStore _alerts = new();

    [Fact]
    public async Task BuildAsync_ListsNewAlertsByWatchlistAndOlderOpenOnesOnce()
    {
        var older = await AddAsync("A-OLD", "#old", Since.AddHours(-3), updated: Since.AddHours(2));
        var fresh = await AddAsync("A-NEW", "#new", Since.AddHours(4), severity: Severity.High);
        await AddAsync("A-GONE", "#gone", Since.AddHours(-30), updated: Since.AddHours(-20), status: AlertStatus.Closed);

        var digest = await new DigestBuilder(_alerts).BuildAsync(Main, Since, Now);

        Assert.NotNull(digest);
        Assert.Equal($"New on main:\n• {DigestBuilder.Line(fresh)}\nStill open:\n• {DigestBuilder.Line(older)}", digest.Footer.ReplaceLineEndings("\n"));
        Assert.Equal("1 new alert(s), 1 older still open.", digest.Summary);
        Assert.Equal("1", Field(digest, "New"));
        Assert.Equal("1", Field(digest, "Still open"));
    }

    [Fact]
    public async Task BuildAsync_AnAlertFoundLateAboutAnOldWindow_IsListedAsNew()
    {
        // Found 4 h into the period, about an hour two and a half days before it (the TikTok Research API's lag).
        var late = await AddAsync("A-LATE", "#donbas", Since.AddHours(4));
        late = late with { WindowStart = Since.AddHours(-61), WindowEnd = Since.AddHours(-60), LateBy = TimeSpan.FromHours(64) };
        await _alerts.UpsertAsync(late);

        var digest = await new DigestBuilder(_alerts).BuildAsync(Main, Since, Now);

        Assert.Equal("1", Field(digest!, "New"));
        Assert.Contains("A-LATE · volume · #donbas · Medium · ×5.0 usual · found late, about 2026-03-24 20:00–21:00 UTC", digest!.Footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAsync_OtherWatchlistsAndAlertsBelowTheMinimumSeverity_AreLeftOut()
    {
        await AddAsync("A-LOW", "#low", Since.AddHours(1), severity: Severity.Low);
        await AddAsync("A-OTHER", "#other", Since.AddHours(1), severity: Severity.Critical, watchlist: "elections");
        var high = await AddAsync("A-HIGH", "#high", Since.AddHours(1), severity: Severity.High);

        var digest = await new DigestBuilder(_alerts).BuildAsync(Main with { MinSeverity = Severity.Medium }, Since, Now);

        Assert.Contains(high.Id, digest!.Footer, StringComparison.Ordinal);
        Assert.DoesNotContain("A-LOW", digest.Footer, StringComparison.Ordinal);
        Assert.DoesNotContain("A-OTHER", digest.Footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAsync_NothingToSay_IsSkippedUnlessTheSubscriptionWantsEmptyDigests()
    {
        var sut = new DigestBuilder(_alerts);

        Assert.Null(await sut.BuildAsync(Main, Since, Now));
        var empty = await sut.BuildAsync(Main with { SendEmptyDigest = true }, Since, Now);
        Assert.Equal("Nothing new: no alerts since the last digest.", empty!.Summary);
        Assert.DoesNotContain(empty.Fields, f => f.Name == "Top movers");
    }

    [Fact]
    public async Task BuildAsync_TopMovers_AreTheLargestRatiosFromTheAlertsSignals()
    {
        await AddAsync("A-1", "#one", Since.AddHours(1), ratio: 5);
        await AddAsync("A-2", "#two", Since.AddHours(2), ratio: 2);
        await AddAsync("A-3", "#three", Since.AddHours(3), ratio: 8);
        await AddAsync("A-4", "#one", Since.AddHours(4), ratio: 3, kind: AlertKind.StateMediaSurge);
        await AddAsync("A-5", "#group", Since.AddHours(5), kind: AlertKind.Coordination);

        var digest = await new DigestBuilder(_alerts).BuildAsync(Main, Since, Now);

        Assert.Equal(
            ["#three ×8.0 usual (80 posts) · A-3", "#one ×5.0 usual (50 posts) · A-1", "#two ×2.0 usual (20 posts) · A-2"],
            Field(digest!, "Top movers").Split('\n'));
    }

    [Fact]
    public async Task BuildAsync_TopMovers_IncludeWatchedTargetsRisingInTheDetectorWithoutAnAlert()
    {
        var (detector, watchlists) = await RisingDonbasAsync();
        var last = detector.GetStatus("#donbas", Now)!.LastEvaluation!;

        var digest = await new DigestBuilder(_alerts, watchlists, detector).BuildAsync(Main with { SendEmptyDigest = true }, Since, Now);

        Assert.Equal(40, last.Count);
        Assert.Equal($"#donbas {Formats.Ratio(last.Ratio)} usual (40 posts)", Field(digest!, "Top movers"));
        Assert.Null(digest!.ChartPng);
    }

    [Fact]
    public async Task BuildAsync_WithCharts_DrawsTheTopMoverWithTheDigestPeriodShaded()
    {
        var (detector, watchlists) = await RisingDonbasAsync();
        var renderer = new RecordingChartRenderer();
        var charts = new AlertCharts(detector, renderer);

        var digest = await new DigestBuilder(_alerts, watchlists, detector, charts).BuildAsync(Main with { SendEmptyDigest = true }, Since, Now);

        Assert.Equal(RecordingChartRenderer.Png, digest!.ChartPng);
        var request = Assert.Single(renderer.Requests);
        Assert.Equal("#donbas", request.Title);
        Assert.Equal(new ChartHighlight(Since, Now, "since the last digest"), request.Highlight);
    }

    [Fact]
    public async Task BuildAsync_WithChartsButNoMover_HasNoChart()
    {
        var (detector, _) = await RisingDonbasAsync();
        var renderer = new RecordingChartRenderer();

        var digest = await new DigestBuilder(_alerts, null, detector, new AlertCharts(detector, renderer)).BuildAsync(Main with { SendEmptyDigest = true }, Since, Now);

        Assert.Null(digest!.ChartPng);
        Assert.Empty(renderer.Requests);
    }

    [Fact]
    public async Task BuildAsync_Verdicts_AreTalliedInTotalAndShownPerAlert()
    {
        await AddAsync("A-1", "#one", Since.AddHours(1), verdicts: new VerdictTally(2, 1, 0, 0));
        await AddAsync("A-2", "#two", Since.AddHours(2), verdicts: new VerdictTally(0, 0, 3, 0));

        var digest = await new DigestBuilder(_alerts).BuildAsync(Main, Since, Now);

        Assert.Equal("coordinated 2 · organic 1 · misleading 3 · unsure 0", Field(digest!, "Verdicts"));
        Assert.Contains("A-1 · volume · #one · Medium · ×5.0 usual · verdicts: coordinated 2, organic 1", digest!.Footer, StringComparison.Ordinal);
        Assert.Contains("A-2 · volume · #two · Medium · ×5.0 usual · verdicts: misleading 3", digest.Footer, StringComparison.Ordinal);
    }

    /// <summary>#donbas on main, watched by a volume detector: 12 posts an hour for 30 hours, then 40 in the last.</summary>
    private static async Task<(VolumeSurgeDetector Detector, InMemoryWatchlistStore Watchlists)> RisingDonbasAsync()
    {
        var watched = new WatchedTarget(new WatchTarget(TargetKind.Hashtag, "donbas"), Watchlist.MainName, DetectorThresholds.None);
        var start = Now.AddHours(-31);
        var detector = new VolumeSurgeDetector(Options.Create(new SurgeOptions()));
        detector.SetWatched([watched]);
        for (var hour = 0; hour < 31; hour++)
        {
            var n = hour == 30 ? 40 : 12;
            for (var i = 0; i < n; i++)
                detector.Observe(PostBuilder.Create(at: start.AddHours(hour).AddMinutes(60.0 * i / n), hashtags: ["donbas"]), [watched]);
            detector.Advance(start.AddHours(hour + 1));
        }

        var watchlists = new InMemoryWatchlistStore();
        await watchlists.UpsertAsync(new Watchlist { Name = Watchlist.MainName, Targets = [watched.Target] });
        return (detector, watchlists);
    }

    private static string Field(ChatMessage message, string name) => Assert.Single(message.Fields, f => f.Name == name).Value;

    private async Task<Alert> AddAsync(
        string id,
        string target,
        DateTimeOffset opened,
        DateTimeOffset? updated = null,
        Severity severity = Severity.Medium,
        string watchlist = Watchlist.MainName,
        AlertStatus status = AlertStatus.Open,
        double ratio = 5,
        AlertKind kind = AlertKind.VolumeSurge,
        VerdictTally? verdicts = null)
    {
        var alert = new Alert
        {
            Id = id,
            Kind = kind,
            Target = WatchTarget.Parse(target).Value!,
            Watchlist = watchlist,
            OpenedAt = opened,
            UpdatedAt = updated ?? opened,
            WindowStart = opened.AddHours(-1),
            WindowEnd = opened,
            Status = status,
            Severity = severity,
            Signals = kind == AlertKind.Coordination
                ? new Dictionary<string, double> { ["members"] = 12 }
                : new Dictionary<string, double> { ["count"] = ratio * 10, ["expected"] = 10, ["ratio"] = ratio },
            Explanation = "test",
            Verdicts = verdicts ?? VerdictTally.None,
        };
        await _alerts.UpsertAsync(alert);
        return alert;
    }
}
