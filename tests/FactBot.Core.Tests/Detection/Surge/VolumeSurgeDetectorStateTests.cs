using FactBot.Core.Detection.Surge;
using FactBot.Core.Labels;
using FactBot.TestKit.Posts;
using static FactBot.Core.Tests.Detection.Surge.SurgeFixture;
using static FactBot.Core.Tests.Detection.Surge.SurgeScenario;

namespace FactBot.Core.Tests.Detection.Surge;

public sealed class VolumeSurgeDetectorStateTests
{
    [Fact]
    public void GetStatus_MidBin_ShowsOpenCountAndRecentClosedBins()
    {
        var sut = Detector();
        Run(sut, [Watched()], Bin(0, 0), Bin(8, 12), bin => 10 + (int)(bin % 3));
        foreach (var post in PostsIn(Bin(8, 12), 4))
            sut.Observe(post, [Watched()]);

        var status = sut.GetStatus("#donbas", StartOf(Bin(8, 12)) + TimeSpan.FromMinutes(20))!;

        Assert.Equal(4, status.Current.Count);
        Assert.Equal(StartOf(Bin(8, 12)), status.Current.WindowStart);
        Assert.Equal(BaselineKind.Seasonal, status.Current.Baseline);
        Assert.Equal(48, status.Recent.Count);
        Assert.Equal(StartOf(Bin(8, 11)), status.Recent[^1].Start);
        Assert.Equal(StartOf(Bin(6, 12)), status.Recent[0].Start);
        Assert.All(status.Recent, p => Assert.Equal(10 + (p.Start.UtcTicks / TimeSpan.TicksPerHour % 3), p.Count));
        Assert.All(status.Recent, p => Assert.NotNull(p.Expected));
        Assert.Equal(StartOf(Bin(8, 11)), status.LastEvaluation!.WindowStart);
        Assert.Equal(TimeSpan.FromHours(1), status.BinSize);
    }

    [Fact]
    public void GetStatus_UnknownTarget_IsNull()
    {
        Assert.Null(Detector().GetStatus("#nothing", PostBuilder.Epoch));
    }

    [Fact]
    public void SetWatched_RemovedTarget_DropsItsStateAndShrinksM()
    {
        var sut = Detector();
        sut.SetWatched([Watched(), Watched("gone"), Watched("other")]);
        Run(sut, [Watched("gone")], Bin(0, 0), Bin(0, 3), _ => 5);

        sut.SetWatched([Watched(), Watched("other")]);
        var signals = Run(sut, [Watched()], Bin(0, 3), Bin(1, 4), bin => bin == Bin(1, 3) ? 80 : 10);

        Assert.Null(sut.GetStatus("#gone", EndOf(Bin(0, 2))));
        Assert.Equal(2, Assert.Single(signals).Numbers["watched_series"]);
        Assert.Equal(0.005, signals[0].Numbers["alpha"], 1e-15);
    }

    [Fact]
    public void SetWatched_TargetWithoutPosts_StillAdvancesAndCatchesItsFirstBurst()
    {
        var sut = Detector();
        sut.SetWatched([Watched("quiet")]);
        sut.Advance(StartOf(Bin(0, 0)));

        var signals = Run(sut, [Watched("quiet")], Bin(0, 0), Bin(8, 4), bin => bin == Bin(8, 3) ? 25 : 0);

        var signal = Assert.Single(signals);
        Assert.Equal(StartOf(Bin(8, 3)), signal.WindowStart);
        Assert.Equal(0.5, signal.Numbers["expected"]);
    }

    [Fact]
    public void Advance_SurgeSignal_CarriesBoundedEvidenceWithTopAccountsAndLabels()
    {
        var sut = Detector(o => o.MaxEvidence = 5);
        var surge = Bin(1, 2);
        Run(sut, [Watched()], Bin(0, 0), surge, _ => 3);
        var label = new AccountLabel { Platform = "tiktok", Handle = "statewire", Category = LabelCategory.StateControlled, Source = "matrix@1" };
        foreach (var post in PostsIn(surge, 40, author: i => i < 20 ? "loud" : i < 30 ? "second" : $"u{i}"))
            sut.Observe(post, [Watched()]);
        sut.Observe(PostBuilder.Create(author: "statewire", at: StartOf(surge), hashtags: ["donbas"]) with { AuthorLabel = label }, [Watched()]);

        var evidence = Assert.Single(sut.Advance(EndOf(surge))).Evidence;

        Assert.Equal(5, evidence.PostKeys.Count);
        Assert.Equal(5, evidence.Links.Count);
        Assert.Equal(["loud", "second"], evidence.Accounts.Take(2));
        Assert.Equal(5, evidence.Accounts.Count);
        Assert.Equal(["statewire (state-controlled, matrix@1)"], evidence.LabelledAccounts);
    }

    [Fact]
    public void Advance_FirstCallAfterBulkWarmUp_JudgesOnlyTheLastDayAndStillCatchesASurge()
    {
        // The restart path: a week of stored posts observed at once, then one Advance.
        var sut = Detector();
        var background = Background(9);
        var surge = Bin(7, 20);
        for (var bin = Bin(0, 0); bin <= surge; bin++)
        {
            foreach (var post in PostsIn(bin, bin == surge ? 6 * background(bin) : background(bin)))
                sut.Observe(post, [Watched()]);
        }

        var signals = sut.Advance(EndOf(surge));

        Assert.Equal(StartOf(surge), Assert.Single(signals).WindowStart);
        var recent = sut.GetStatus("#donbas", EndOf(surge))!.Recent;
        Assert.Null(recent.Single(p => p.Start == StartOf(surge - 30)).Expected); // older than a day: history only
        Assert.NotNull(recent.Single(p => p.Start == StartOf(surge - 10)).Expected);
        Assert.Equal(0, sut.DroppedAhead);
    }

    [Fact]
    public void Advance_AfterLongSilence_JudgesTheNewBinsAgainstAnEmptyRing()
    {
        var sut = Detector();
        Run(sut, [Watched()], Bin(0, 0), Bin(2, 0), _ => 20);

        var signals = Run(sut, [Watched()], Bin(40, 0), Bin(40, 2), bin => bin == Bin(40, 1) ? 30 : 0);

        Assert.Equal(StartOf(Bin(40, 1)), Assert.Single(signals).WindowStart);
    }

    [Fact]
    public void GetStatus_LatePostAfterAQuietClose_ShowsTheEvaluationAsItWasAtClosing()
    {
        // The last evaluation's dispersion and p are worked out on demand; a late post must not change them.
        var asked = Detector();
        var late = Detector();
        var background = Background(21, 0.2);
        foreach (var sut in new[] { asked, late })
            Run(sut, [Watched()], Bin(0, 0), Bin(8, 6), background);
        var atClose = asked.GetStatus("#donbas", StartOf(Bin(8, 6)))!.LastEvaluation!;

        foreach (var post in PostsIn(Bin(8, 2), 30))
            late.Observe(post, [Watched()]);
        var afterLatePosts = late.GetStatus("#donbas", StartOf(Bin(8, 6)))!;

        Assert.True(atClose.Count is > 0 and < 10, "precondition: a bin with posts that could not fire");
        Assert.NotNull(atClose.Dispersion);
        Assert.Equal(atClose, afterLatePosts.LastEvaluation);
        Assert.Equal(background(Bin(8, 2)) + 30, afterLatePosts.Recent.Single(p => p.Start == StartOf(Bin(8, 2))).Count);
    }

    [Fact]
    public void GetStatus_Twice_ReturnsTheSameLastEvaluation()
    {
        var sut = Detector();
        Run(sut, [Watched()], Bin(0, 0), Bin(2, 0), _ => 3);

        var first = sut.GetStatus("#donbas", StartOf(Bin(2, 0)))!.LastEvaluation;

        Assert.Same(first, sut.GetStatus("#donbas", StartOf(Bin(2, 0)))!.LastEvaluation);
    }
}
