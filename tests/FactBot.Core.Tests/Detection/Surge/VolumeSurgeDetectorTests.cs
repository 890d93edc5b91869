using FactBot.Core.Alerts;
using FactBot.Core.Watchlists;
using static FactBot.Core.Tests.Detection.Surge.SurgeFixture;
using static FactBot.Core.Tests.Detection.Surge.SurgeScenario;

namespace FactBot.Core.Tests.Detection.Surge;

public sealed class VolumeSurgeDetectorTests
{
    [Fact]
    public void Advance_DiurnalBackgroundWithFiveFoldSurge_FiresExactlyThatHour()
    {
        var sut = Detector();
        var background = Background(42);
        var surge = Bin(7, 15);

        var signals = Run(sut, [Watched()], Bin(0, 0), Bin(8, 0), bin => bin == surge ? 5 * background(bin) : background(bin));

        var signal = Assert.Single(signals);
        Assert.Equal(StartOf(surge), signal.WindowStart);
        Assert.Equal(EndOf(surge), signal.WindowEnd);
        Assert.Equal(AlertKind.VolumeSurge, signal.Kind);
        Assert.Equal(0, signal.Numbers["cold_start"]);
        Assert.InRange(signal.Numbers["ratio"], 3.5, 7);
    }

    [Theory]
    [InlineData(42)]
    [InlineData(7)]
    [InlineData(2024)]
    public void Advance_DiurnalBackgroundWithoutSurge_DoesNotFireAmongAHundredSeries(int seed)
    {
        // The reference operating point: α_family 0.01 over M = 100 series, 1e-4 per series and bin.
        var sut = Detector();
        sut.SetWatched([Watched(), .. Enumerable.Range(0, 99).Select(i => Watched($"other{i}"))]);
        var background = Background(seed);

        var signals = Run(sut, [Watched()], Bin(0, 0), Bin(12, 0), background);

        Assert.DoesNotContain(signals, s => s.WindowStart >= StartOf(Bin(7, 0)));
        Assert.True(signals.Count <= 1, $"{signals.Count} false alarms over 12 days of background");
    }

    [Theory]
    [InlineData(42)]
    [InlineData(7)]
    [InlineData(2024)]
    public void Advance_DiurnalBackgroundWithoutSurge_AloneStaysWithinItsAlarmBudget(int seed)
    {
        // Alone, the series is tested at α = 0.01 per bin: 120 seasonal bins allow about one false alarm, and the
        // floor and ratio gates remove most of those.
        var sut = Detector();
        var background = Background(seed);

        var signals = Run(sut, [Watched()], Bin(0, 0), Bin(12, 0), background);

        var seasonal = signals.Count(s => s.WindowStart >= StartOf(Bin(7, 0)));
        Assert.True(seasonal <= 2, $"{seasonal} false alarms in 120 seasonal bins");
        Assert.All(signals, s => Assert.True(s.Numbers["p"] < 0.01 && s.Numbers["count"] >= 10 && s.Numbers["ratio"] >= 2));
    }

    [Fact]
    public void Advance_SurgeBelowFloor_DoesNotFire()
    {
        var sut = Detector();
        var surge = Bin(8, 3);

        var signals = Run(sut, [Watched()], Bin(0, 0), surge + 1, bin => bin == surge ? 9 : (int)(bin % 2));

        var judged = sut.GetStatus("#donbas", EndOf(surge))!.LastEvaluation!;
        Assert.True(judged.P < judged.AlphaPerSeries && judged.Ratio >= 2, "precondition: improbable and big");
        Assert.Empty(signals);
    }

    [Fact]
    public void Advance_RatioBelowTwo_DoesNotFire()
    {
        var sut = Detector();
        var surge = Bin(8, 3);

        var signals = Run(sut, [Watched()], Bin(0, 0), surge + 1, bin => bin == surge ? 190 : 100);

        var judged = sut.GetStatus("#donbas", EndOf(surge))!.LastEvaluation!;
        Assert.True(judged.P < 1e-10, "precondition: very improbable");
        Assert.Equal(1.9, judged.Ratio, 1e-9);
        Assert.Empty(signals);
    }

    [Fact]
    public void Advance_TwoDaysOfHistory_UsesColdStartAndCatchesBigSurge()
    {
        var sut = Detector();
        var background = Background(3);
        var surge = Bin(2, 14);

        var signals = Run(sut, [Watched()], Bin(0, 0), Bin(2, 15), bin => bin == surge ? 6 * background(bin) : background(bin));

        var signal = Assert.Single(signals);
        Assert.Equal(StartOf(surge), signal.WindowStart);
        Assert.Equal(1, signal.Numbers["cold_start"]);
        Assert.Equal(24, signal.Numbers["baseline_points"]);
    }

    [Fact]
    public void Advance_FirstHoursOfANewTarget_NeverFire()
    {
        var sut = Detector();

        // Night, then a busy morning: against a few quiet hours this looks like a surge, but there is no baseline yet.
        var signals = Run(sut, [Watched()], Bin(0, 0), Bin(0, 12), bin => bin < Bin(0, 6) ? 2 : 40);

        Assert.Empty(signals);
    }

    [Fact]
    public void Advance_BorderlineCount_FiresForOneSeriesButNotAmongTenThousand()
    {
        var alone = Detector();
        var crowded = Detector();
        crowded.SetWatched([Watched(), .. Enumerable.Range(0, 9_999).Select(i => Watched($"other{i}"))]);
        var surge = Bin(1, 1);

        var aloneSignals = Run(alone, [Watched()], Bin(0, 0), Bin(1, 2), bin => bin == surge ? 40 : 20);
        var crowdedSignals = Run(crowded, [Watched()], Bin(0, 0), Bin(1, 2), bin => bin == surge ? 40 : 20);

        Assert.Equal(0.01, Assert.Single(aloneSignals).Numbers["alpha"], 1e-15);
        Assert.Empty(crowdedSignals);
        var judged = crowded.GetStatus("#donbas", EndOf(surge))!.LastEvaluation!;
        Assert.Equal(10_000, judged.WatchedSeries);
        Assert.InRange(judged.P, 1e-6, 0.01);
    }

    [Fact]
    public void Advance_WatchlistThresholdOverrides_AreHonoured()
    {
        var surge = Bin(8, 10);
        Func<long, int> counts = bin => bin == surge ? 60 : 10;
        var strictFloor = Watched(watchlist: "strict", thresholds: new DetectorThresholds { Floor = 100 });
        var strictRatio = Watched(watchlist: "ratio", thresholds: new DetectorThresholds { MinRatio = 8 });
        var strictAlpha = Watched(watchlist: "alpha", thresholds: new DetectorThresholds { FamilyAlpha = 1e-40 });

        var defaults = Run(Detector(), [Watched()], Bin(0, 0), Bin(9, 0), counts);
        var floor = Run(Detector(), [strictFloor], Bin(0, 0), Bin(9, 0), counts);
        var ratio = Run(Detector(), [strictRatio], Bin(0, 0), Bin(9, 0), counts);
        var alpha = Run(Detector(), [strictAlpha], Bin(0, 0), Bin(9, 0), counts);

        Assert.Single(defaults);
        Assert.Empty(floor);
        Assert.Empty(ratio);
        Assert.Empty(alpha);
    }

    [Fact]
    public void Advance_LooserOverrideOnSecondWatchlist_FiresForThatWatchlist()
    {
        var surge = Bin(8, 10);
        var main = Watched(thresholds: new DetectorThresholds { Floor = 100 });
        var loose = Watched(watchlist: "loose", thresholds: new DetectorThresholds { Floor = 5 });

        var signals = Run(Detector(), [main, loose], Bin(0, 0), Bin(9, 0), bin => bin == surge ? 60 : 10);

        var signal = Assert.Single(signals);
        Assert.Equal("loose", signal.Watchlist);
        Assert.Equal(5, signal.Numbers["floor"]);
        Assert.Equal(["loose"], signal.Audience);
    }

    [Fact]
    public void Advance_TargetOnThreeWatchlists_TellsEveryListWhoseGatesTheSurgePasses()
    {
        var surge = Bin(8, 10);
        var main = Watched();
        var war = Watched(watchlist: "ukraine-war");
        var strict = Watched(watchlist: "strict", thresholds: new DetectorThresholds { Floor = 100 });

        var signals = Run(Detector(), [main, war, strict], Bin(0, 0), Bin(9, 0), bin => bin == surge ? 60 : 10);

        var signal = Assert.Single(signals);
        Assert.Equal("main", signal.Watchlist);
        Assert.Equal(["main", "ukraine-war"], signal.Audience);
    }

    [Fact]
    public void Observe_LatePostsBeyondTheAllowedLateness_CountAsHistoryButAreNotRejudged()
    {
        var sut = Detector(o => o.AllowedLateness = TimeSpan.FromHours(2));
        var late = Bin(8, 3);
        Run(sut, [Watched()], Bin(0, 0), Bin(8, 6), _ => 1);

        foreach (var post in PostsIn(late, 60))
            sut.Observe(post, [Watched()]);
        var signals = sut.Advance(EndOf(Bin(8, 6)));

        Assert.Empty(signals);
        var status = sut.GetStatus("#donbas", EndOf(Bin(8, 6)))!;
        Assert.Equal(61, status.Recent.Single(p => p.Start == StartOf(late)).Count);
        Assert.Equal(StartOf(Bin(8, 6)), status.LastEvaluation!.WindowStart);
    }

    [Fact]
    public void Observe_LatePostsWithinTheAllowedLateness_RejudgeTheirBin()
    {
        var sut = Detector();
        var late = Bin(8, 3);
        Run(sut, [Watched()], Bin(0, 0), Bin(8, 6), _ => 1);

        foreach (var post in PostsIn(late, 60))
            sut.Observe(post, [Watched()]);
        var signals = sut.Advance(EndOf(Bin(8, 6)));

        var signal = Assert.Single(signals);
        Assert.Equal(StartOf(late), signal.WindowStart);
        Assert.Equal(61, signal.Numbers["count"]);
        var status = sut.GetStatus("#donbas", EndOf(Bin(8, 6)))!;
        Assert.Equal(StartOf(Bin(8, 6)), status.LastEvaluation!.WindowStart);
    }

    [Fact]
    public void Observe_SameTargetFromTwoWatchlists_CountsThePostOnce()
    {
        var sut = Detector();

        foreach (var post in PostsIn(Bin(0, 0), 3))
            sut.Observe(post, [Watched(), Watched(watchlist: "other")]);

        Assert.Equal(3, sut.GetStatus("#donbas", StartOf(Bin(0, 0)))!.Current.Count);
    }

    [Fact]
    public void Observe_AnnouncedTargetFromTwoWatchlists_CountsThePostOnce()
    {
        var target = new WatchTarget(TargetKind.Hashtag, "donbas");
        var matcher = new TargetMatcher([new Watchlist { Name = Watchlist.MainName, Targets = [target] }, new Watchlist { Name = "other", Targets = [target] }]);
        var sut = Detector();
        sut.SetWatched([.. matcher.Watched]);

        foreach (var post in PostsIn(Bin(0, 0), 3))
            sut.Observe(post, matcher.Match(post));

        Assert.Equal(2, matcher.Match(PostsIn(Bin(0, 0), 1).Single()).Count);
        Assert.Equal(3, sut.GetStatus("#donbas", StartOf(Bin(0, 0)))!.Current.Count);
    }

    [Fact]
    public void Observe_PostFarAheadOfTheBinsBeingJudged_IsDropped()
    {
        var sut = Detector();
        Run(sut, [Watched()], Bin(0, 0), Bin(1, 0), _ => 5);

        foreach (var post in PostsIn(Bin(30, 0), 4))
            sut.Observe(post, [Watched()]);

        Assert.Equal(4, sut.DroppedAhead);
        Assert.Equal(0, sut.GetStatus("#donbas", StartOf(Bin(30, 0)))!.Current.Count);
        Assert.Equal(5, sut.GetStatus("#donbas", StartOf(Bin(1, 0)))!.Recent[^1].Count);
    }

    [Fact]
    public void Advance_WithLateness_WaitsBeforeJudgingABin()
    {
        var sut = Detector(o => o.Lateness = TimeSpan.FromMinutes(30));
        Run(sut, [Watched()], Bin(0, 0), Bin(8, 5), _ => 10);
        foreach (var post in PostsIn(Bin(8, 5), 80))
            sut.Observe(post, [Watched()]);

        var atBinEnd = sut.Advance(EndOf(Bin(8, 5)));
        var afterLateness = sut.Advance(EndOf(Bin(8, 5)) + TimeSpan.FromMinutes(30));

        Assert.Empty(atBinEnd);
        Assert.Equal(StartOf(Bin(8, 5)), Assert.Single(afterLateness).WindowStart);
    }
}
