using FactBot.Core.Alerts;
using FactBot.Core.Posts;
using FactBot.Core.Tests.Detection.Coordination.Streaming.Scenarios;
using FactBot.Core.Watchlists;
using static FactBot.Core.Tests.Detection.Surge.SurgeFixture;
using static FactBot.Core.Tests.Detection.Surge.SurgeScenario;

namespace FactBot.Core.Tests.Detection.Surge;

/// <summary>Posts that reach the detector after their bin was judged, as the TikTok Research API delivers them.</summary>
public sealed class VolumeSurgeDetectorLateTests
{
    private static readonly long Surge = Bin(8, 15);

    [Fact]
    public void Advance_EveryPostTwoAndAHalfDaysLate_FiresTheSurgeWithTheInOrderNumbers()
    {
        var counts = WithSurge(Background(42));
        var inOrder = Run(Detector(), [Watched()], Bin(0, 0), Bin(11, 0), counts);

        var late = RunLate(Detector(), Bin(0, 0), Bin(11, 0), counts, lagBins: 60);

        var expected = Assert.Single(inOrder, s => s.WindowStart == StartOf(Surge));
        var found = Assert.Single(late, s => s.WindowStart == StartOf(Surge));
        Assert.Equal(expected.Numbers, found.Numbers);
        Assert.Equal(expected.Evidence.Links, found.Evidence.Links);
        Assert.NotEmpty(found.Evidence.Links);
        Assert.Equal(Final(inOrder), Final(late));
    }

    [Fact]
    public void Advance_PostsLaterThanTheAllowedLateness_OnlyCountAsHistory()
    {
        var counts = WithSurge(Background(42));

        var late = RunLate(Detector(o => o.AllowedLateness = TimeSpan.FromDays(2)), Bin(0, 0), Bin(11, 0), counts, lagBins: 60);

        Assert.DoesNotContain(late, s => s.WindowStart == StartOf(Surge));
    }

    [Fact]
    public void Advance_ATargetWatchedAfterItsPostsWereMade_JudgesTheBinsWithinTheLateness()
    {
        // The case: /watch add, then the first poll brings ten days at once, the surge 2.5 days ago.
        var sut = Detector();
        var target = Watched();
        var now = Bin(11, 0);
        sut.SetWatched([target]);
        sut.Advance(StartOf(now));
        var counts = WithSurge(Background(42));

        for (var bin = Bin(1, 0); bin < now; bin++)
        {
            foreach (var post in PostsIn(bin, counts(bin)))
                sut.Observe(post, [target]);
        }

        var whileArriving = sut.Advance(StartOf(now) + TimeSpan.FromMinutes(1));
        var signals = sut.Advance(StartOf(now) + TimeSpan.FromMinutes(2));

        Assert.Empty(whileArriving); // posts were still coming: judged once the burst is over
        var signal = Assert.Single(signals);
        Assert.Equal(StartOf(Surge), signal.WindowStart);
        Assert.Equal(0, signal.Numbers["cold_start"]);
        Assert.NotEmpty(signal.Evidence.PostKeys);
    }

    [Fact]
    public void Advance_AJustWatchedTargetsFirstPollBringsASurgeOlderThanTheLateness_FiresItWithTheInOrderNumbers()
    {
        // /watch add, then the TikTok poller's first look-back (7 days by default) brings ten days at once: the surge is
        // 5.4 days old, past the 3-day lateness, but nothing had arrived for those bins when they were judged.
        var counts = WithSurge(Background(42));
        var posts = new List<ScenarioPost>();
        for (var bin = Bin(0, 0); bin < Bin(11, 0); bin++)
            posts.AddRange(PostsIn(bin, counts(bin)).Select(p => new ScenarioPost(p, null)));
        Watchlist[] lists = [new() { Name = Watchlist.MainName, Targets = [Watched().Target] }];
        var poll = StartOf(Bin(14, 0));
        var inOrder = ScenarioRunner.Run(Detector(), posts, lists, StartOf(Bin(0, 0)), StartOf(Bin(11, 0)), TimeSpan.FromMinutes(15));

        var late = LateArrivalRunner.Run(Detector(), posts, lists, StartOf(Bin(0, 0)), poll, TimeSpan.FromMinutes(15), p => poll - p.Post.CreatedAt);

        var expected = Assert.Single(inOrder, s => s.WindowStart == StartOf(Surge));
        var found = Assert.Single(late, s => s.WindowStart == StartOf(Surge));
        Assert.Equal(expected.Numbers, found.Numbers);
        Assert.NotEmpty(found.Evidence.Links);
        Assert.Equal(LateArrivalRunner.Standing(inOrder).Keys.Order(), LateArrivalRunner.Standing(late).Keys.Order());
    }

    [Fact]
    public void Advance_PostsOlderThanTheLatenessForATargetThatHadPosts_OnlyCountAsHistory()
    {
        // The same ten days, but four days after the target's first post (a live feed, one post an hour since day 11):
        // the bins before that first post were judged blind, but the lateness since it is over, so the batch is late.
        var counts = WithSurge(Background(42));
        var sut = Detector();
        var target = Watched();
        sut.SetWatched([target]);
        sut.Advance(StartOf(Bin(11, 0)));
        for (var bin = Bin(11, 0); bin < Bin(15, 0); bin++)
        {
            sut.Observe(PostsIn(bin, 1).Single() with { PlatformPostId = $"live{bin}" }, [target]);
            sut.Advance(EndOf(bin));
        }

        for (var bin = Bin(4, 0); bin < Bin(11, 0); bin++)
        {
            foreach (var post in PostsIn(bin, counts(bin)))
                sut.Observe(post, [target]);
        }

        var signals = sut.Advance(StartOf(Bin(15, 0)) + TimeSpan.FromMinutes(1)).Concat(sut.Advance(StartOf(Bin(15, 0)) + TimeSpan.FromMinutes(2))).ToList();

        Assert.DoesNotContain(signals, s => s.WindowStart == StartOf(Surge));
    }

    [Fact]
    public void Advance_OneMoreLatePostInAFiredBin_UpdatesItsNumbersOnce()
    {
        // The surge bin is five days old by then: within a lateness of six days.
        var counts = WithSurge(Background(42));
        var sut = Detector(o => o.AllowedLateness = TimeSpan.FromDays(6));
        var first = RunLate(sut, Bin(0, 0), Bin(11, 0), counts, lagBins: 60);
        var before = Assert.Single(first, s => s.WindowStart == StartOf(Surge));

        sut.Observe(PostsIn(Surge, 1).Single() with { PlatformPostId = "extra" }, [Watched()]);
        var again = sut.Advance(EndOf(Bin(13, 12)) + TimeSpan.FromMinutes(1)).Concat(sut.Advance(EndOf(Bin(13, 12)) + TimeSpan.FromMinutes(2))).ToList();

        var updated = Assert.Single(again, s => s.WindowStart == StartOf(Surge));
        Assert.Equal(before.Numbers["count"] + 1, updated.Numbers["count"]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Advance_PostsArrivingInAnyOrderWithinTheLateness_EndWithTheInOrderFindings(int seed)
    {
        var counts = WithSurge(Background(seed));
        var posts = new List<ScenarioPost>();
        for (var bin = Bin(0, 0); bin < Bin(11, 0); bin++)
            posts.AddRange(PostsIn(bin, counts(bin)).Select(p => new ScenarioPost(p, null)));
        var random = new Random(seed);
        var delays = posts.ToDictionary(p => p.Post.Key, _ => TimeSpan.FromMinutes(random.Next(0, 48 * 60)));
        Watchlist[] lists = [new() { Name = Watchlist.MainName, Targets = [Watched().Target] }];
        var inOrder = ScenarioRunner.Run(Detector(), posts, lists, StartOf(Bin(0, 0)), StartOf(Bin(11, 0)), TimeSpan.FromMinutes(15));

        var late = LateArrivalRunner.Run(Detector(), posts, lists, StartOf(Bin(0, 0)), StartOf(Bin(11, 0)), TimeSpan.FromMinutes(15), p => delays[p.Post.Key]);

        Assert.Contains(inOrder, s => s.WindowStart == StartOf(Surge));
        var standing = LateArrivalRunner.Standing(late);
        Assert.Equal(LateArrivalRunner.Standing(inOrder).Keys.Order(), standing.Keys.Order());
        foreach (var (key, expected) in LateArrivalRunner.Standing(inOrder))
            Assert.Equal(expected.Numbers, standing[key].Numbers);
    }

    [Fact]
    public void Advance_LatePostsThatRaiseABaseline_WithdrawTheBinThatNoLongerFires()
    {
        // Hour 3 of days 7 and 8 were busy (40 posts), but those posts arrive only after day 9's hour 3 (25 posts
        // against a usual 10) was judged a surge; with them, its baseline is higher and it is not unusual.
        var sut = Detector();
        var target = Watched();
        var busy = new[] { Bin(7, 3), Bin(8, 3) };
        var judged = Bin(9, 3);
        Func<long, int> counts = bin => busy.Contains(bin) ? 40 : bin == judged ? 25 : 10;
        var early = Run(sut, [target], Bin(0, 0), Bin(9, 5), bin => busy.Contains(bin) ? 0 : counts(bin));
        Assert.Contains(early, s => s.WindowStart == StartOf(judged) && !s.Withdrawn);

        foreach (var bin in busy)
        {
            foreach (var post in PostsIn(bin, 40))
                sut.Observe(post, [target]);
        }

        var after = sut.Advance(EndOf(Bin(9, 5)));

        var withdrawn = Assert.Single(after, s => s.Withdrawn);
        Assert.Equal(StartOf(judged), withdrawn.WindowStart);
        var inOrder = Run(Detector(), [target], Bin(0, 0), Bin(9, 6), counts);
        Assert.DoesNotContain(inOrder, s => s.WindowStart == StartOf(judged));
        Assert.Equal(
            LateArrivalRunner.Standing(inOrder).Keys.Order(),
            LateArrivalRunner.Standing([.. early, .. after]).Keys.Order());
    }

    private static Func<long, int> WithSurge(Func<long, int> background) =>
        bin => bin == Surge ? 6 * background(bin) : background(bin);

    // Each hour the posts of the bin lagBins back arrive, then the clock closes the hour; then the rest trickles in.
    private static List<DetectionSignal> RunLate(
        Core.Detection.Surge.VolumeSurgeDetector sut, long from, long to, Func<long, int> count, int lagBins)
    {
        var target = Watched();
        sut.SetWatched([target]);
        var signals = new List<DetectionSignal>();
        for (var hour = from; hour < to + lagBins; hour++)
        {
            var bin = hour - lagBins;
            if (bin >= from && bin < to)
            {
                foreach (Post post in PostsIn(bin, count(bin)))
                    sut.Observe(post, [target]);
            }

            signals.AddRange(sut.Advance(EndOf(hour)));
        }

        return signals;
    }

    // The last finding per bin, as the alert built from them ends up.
    private static List<(DateTimeOffset, double, double, double)> Final(List<DetectionSignal> signals) =>
        [.. signals.GroupBy(s => s.WindowStart).Select(g => g.Last())
            .Select(s => (s.WindowStart, s.Numbers["count"], s.Numbers["expected"], s.Numbers["p"])).OrderBy(t => t.WindowStart)];
}
