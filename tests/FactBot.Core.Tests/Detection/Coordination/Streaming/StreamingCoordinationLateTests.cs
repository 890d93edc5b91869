using FactBot.Core.Alerts;
using FactBot.Core.Detection;
using FactBot.Core.Detection.Coordination.Streaming;
using FactBot.Core.Tests.Detection.Coordination.Streaming.Scenarios;
using FactBot.Core.Watchlists;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Detection.Coordination.Streaming;

/// <summary>Coordinated waves that reach the detector in pieces or late: found whole, as if they had arrived live.</summary>
public sealed class StreamingCoordinationLateTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);
    private static readonly Watchlist[] Lists = [new() { Name = Watchlist.MainName, Targets = [new WatchTarget(TargetKind.Hashtag, "donbas")] }];

    [Theory]
    [InlineData(15, true)]
    [InlineData(45, true)]
    [InlineData(15, false)]
    [InlineData(45, false)]
    public void Advance_TwoWavesOfTwelveDeliveredByPolls_NameAllTwelveAccounts(int pollSeconds, bool background)
    {
        // Without background every edge weighs 2: the heaviest edges are coordinated even when they are all of them.
        var posts = TwoWaves(background);

        var signals = LateArrivalRunner.Run(
            new StreamingCoordinationDetector(new CoordinationOptions()), posts, Lists, T0 - TimeSpan.FromHours(2), T0 + TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(1),
            p => Poll(p.Post.CreatedAt, pollSeconds));

        var last = signals.Last(s => s.Kind == AlertKind.Coordination);
        Assert.Equal(12, last.Numbers["members"]);
    }

    [Fact]
    public void Advance_TwoWavesArrivingTwoAndAHalfDaysLate_AreFoundAsInOrder()
    {
        var posts = TwoWaves();
        var inOrder = ScenarioRunner.Run(new StreamingCoordinationDetector(new CoordinationOptions()), posts, Lists, T0 - TimeSpan.FromHours(2), T0 + TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1));

        var late = LateArrivalRunner.Run(
            new StreamingCoordinationDetector(new CoordinationOptions()), posts, Lists, T0 - TimeSpan.FromHours(2), T0 + TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1),
            _ => TimeSpan.FromHours(60));

        var expected = inOrder.Last(s => s.Kind == AlertKind.Coordination);
        var found = late.Last(s => s.Kind == AlertKind.Coordination);
        Assert.Equal(12, expected.Numbers["members"]);
        Assert.Equal(expected.Numbers, found.Numbers);
        Assert.Equal(expected.Evidence.Accounts.Order(), found.Evidence.Accounts.Order());
    }

    [Fact]
    public void Advance_TwoWavesArrivingLateInPagesOverSeveralSteps_AreAnnouncedOnceWholeUnderTheInOrderId()
    {
        // A poll of the lagging API brings the waves in four pages, a minute apart: one announcement once they are in,
        // not one per page, and under the id the in-order run gave the group.
        var posts = TwoWaves();
        var inOrder = ScenarioRunner.Run(new StreamingCoordinationDetector(new CoordinationOptions()), posts, Lists, T0 - TimeSpan.FromHours(2), T0 + TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1));
        var arrival = T0 + TimeSpan.FromHours(60);

        var late = LateArrivalRunner.Run(
            new StreamingCoordinationDetector(new CoordinationOptions()), posts, Lists, T0 - TimeSpan.FromHours(2), arrival + TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1),
            p => arrival + TimeSpan.FromMinutes(Math.Abs(p.Post.Key.GetHashCode(StringComparison.Ordinal)) % 4) - p.Post.CreatedAt);

        var expected = inOrder.Last(s => s.Kind == AlertKind.Coordination);
        var found = Assert.Single(late, s => s.Kind == AlertKind.Coordination);
        Assert.Equal(expected.GroupKey, found.GroupKey);
        Assert.Equal(expected.Numbers, found.Numbers);
        Assert.Equal(expected.Evidence.Accounts.Order(), found.Evidence.Accounts.Order());
    }

    [Fact]
    public void Advance_LatePostsArrivingEveryMinuteForHours_StillAnnounceTheGroupWithinAnHour()
    {
        // A steady trickle of late posts never leaves a step without one: the hold ends after an hour, not never.
        var arrival = T0 + TimeSpan.FromHours(60);
        var trickle = Enumerable.Range(0, 180).Select(minute => new ScenarioPost(
            PostBuilder.Create(author: $"trickle{minute:D3}", at: T0 - TimeSpan.FromHours(3) + TimeSpan.FromMinutes(minute), hashtags: ["donbas"]) with
            {
                Platform = "mastodon",
                Text = $"an ordinary post number {minute} about the day",
            },
            null)).ToList();
        var arrivals = trickle.Select((p, i) => (p.Post.Key, At: arrival + TimeSpan.FromMinutes(i) + TimeSpan.FromSeconds(30))).ToDictionary(x => x.Key, x => x.At);

        var (first, signal) = FirstAnnouncement([.. TwoWaves(), .. trickle], p => arrivals.TryGetValue(p.Post.Key, out var at) ? at : arrival, arrival);

        Assert.InRange(first, arrival + TimeSpan.FromMinutes(59), arrival + TimeSpan.FromMinutes(62));
        Assert.Equal(12, signal!.Numbers["members"]);
    }

    // Steps minute by minute from the arrival, delivering what has arrived before each step: the first signal and its step.
    private static (DateTimeOffset At, DetectionSignal? Signal) FirstAnnouncement(List<ScenarioPost> posts, Func<ScenarioPost, DateTimeOffset> arrivalOf, DateTimeOffset arrival)
    {
        var sut = new StreamingCoordinationDetector(new CoordinationOptions());
        var matcher = new TargetMatcher(Lists);
        sut.SetWatched([.. matcher.Watched]);
        sut.Advance(arrival - TimeSpan.FromMinutes(1));
        var queue = posts.Select(p => (p.Post, At: arrivalOf(p))).OrderBy(p => p.At).ThenBy(p => p.Post.Key, StringComparer.Ordinal).ToList();
        var next = 0;
        for (var now = arrival + TimeSpan.FromMinutes(1); now <= arrival + TimeSpan.FromHours(3); now += TimeSpan.FromMinutes(1))
        {
            for (; next < queue.Count && queue[next].At < now; next++)
                sut.Observe(queue[next].Post, matcher.Match(queue[next].Post));
            if (sut.Advance(now) is [var signal, ..])
                return (now, signal);
        }

        return (DateTimeOffset.MaxValue, null);
    }

    [Fact]
    public void Advance_TikTokWavesTwoAndAHalfDaysLateBesideALiveFeed_AreFoundAsInOrder()
    {
        // The same waves on TikTok (the Research API is days behind) while a live Mastodon feed posts on #donbas every
        // minute up to the moment the TikTok posts arrive: the live feed's newest post must not push the TikTok posts
        // out of their own look-back.
        var lag = TimeSpan.FromHours(60);
        var waves = TwoWaves().Select(p => p with { Post = p.Post with { Platform = "tiktok" } }).ToList();
        var live = new List<ScenarioPost>();
        for (var at = T0 - TimeSpan.FromHours(2); at <= T0 + lag + TimeSpan.FromMinutes(10); at += TimeSpan.FromMinutes(1))
        {
            var minute = (int)(at - T0).TotalMinutes;
            live.Add(new ScenarioPost(
                PostBuilder.Create(author: $"live{minute % 50:D2}", at: at, hashtags: ["donbas"]) with
                {
                    Platform = "mastodon",
                    Text = $"live post {minute} on what happened today",
                },
                null));
        }

        var inOrder = ScenarioRunner.Run(new StreamingCoordinationDetector(new CoordinationOptions()), waves, Lists, T0 - TimeSpan.FromHours(2), T0 + TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(1));
        var mixed = LateArrivalRunner.Run(
            new StreamingCoordinationDetector(new CoordinationOptions()), [.. waves, .. live], Lists, T0 - TimeSpan.FromHours(2), T0 + lag + TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(1),
            p => p.Post.Platform == "tiktok" ? lag : TimeSpan.Zero);

        var expected = inOrder.Last(s => s.Kind == AlertKind.Coordination);
        var found = mixed.Last(s => s.Kind == AlertKind.Coordination && s.Evidence.Accounts.Contains("acct00"));
        Assert.Equal(12, expected.Numbers["members"]);
        Assert.Equal(expected.Numbers, found.Numbers);
        Assert.Equal(expected.Evidence.Accounts.Order(), found.Evidence.Accounts.Order());
    }

    // The instance lists a post at the first poll after it was made.
    private static TimeSpan Poll(DateTimeOffset created, int seconds)
    {
        var since = (created - T0).TotalSeconds;
        return TimeSpan.FromSeconds((Math.Floor(since / seconds) + 1) * seconds - since);
    }

    // 12 accounts post the same sentence on #donbas within 20 s, then again two minutes later; around them, 80 pairs of
    // other accounts each happen to post the same thing once (so the group's edges stand out, as CooRTweet requires).
    private static List<ScenarioPost> TwoWaves(bool background = true)
    {
        var posts = new List<ScenarioPost>();
        for (var pair = 0; pair < (background ? 80 : 0); pair++)
        {
            var at = T0 - TimeSpan.FromMinutes(90) + TimeSpan.FromSeconds(pair * 50);
            foreach (var (who, after) in new[] { ("a", 0), ("b", 7) })
            {
                posts.Add(new ScenarioPost(
                    PostBuilder.Create(author: $"organic{pair:D2}{who}", at: at + TimeSpan.FromSeconds(after), hashtags: ["donbas"]) with
                    {
                        Platform = "mastodon",
                        Text = $"coincidence number {pair} about the news today",
                    },
                    null));
            }
        }

        foreach (var wave in new[] { 0, 2 })
        {
            for (var i = 0; i < 12; i++)
            {
                var at = T0 + TimeSpan.FromMinutes(wave) + TimeSpan.FromSeconds(i * 20.0 / 12);
                posts.Add(new ScenarioPost(
                    PostBuilder.Create(author: $"acct{i:D2}", at: at, hashtags: ["donbas"]) with
                    {
                        Platform = "mastodon",
                        Text = wave == 0 ? "The fist bump in Donbas shows who the people trust now" : "Donbas fist bump: the people have chosen, share this now",
                    },
                    "group"));
            }
        }

        return posts;
    }
}
