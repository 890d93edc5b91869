using FactBot.Core.Alerts;
using FactBot.Core.Detection.Coordination.Streaming;
using FactBot.Core.Labels;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;
using FactBot.TestKit.Posts;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Core.Tests.Detection.Coordination.Streaming;

public sealed class StreamingCoordinationDetectorTests
{
    private static readonly DateTimeOffset T0 = new(2024, 5, 6, 12, 0, 0, TimeSpan.Zero);
    private static readonly WatchedTarget Election = Watched(TargetKind.Hashtag, "election");
    private static readonly WatchedTarget Vote = Watched(TargetKind.Hashtag, "vote");

    private readonly FakeTimeProvider _clock = new(T0);

    [Fact]
    public void Advance_ThreeAccountsCopyingTwice_AnnouncesOneGroupWithItsNumbers()
    {
        var sut = new StreamingCoordinationDetector(new CoordinationOptions());
        Noise(sut);
        Burst(sut, "the dam report is fake, share before they delete it", 0, ["a", "b", "c"]);
        Burst(sut, "they lied about the flood numbers, wake up people", 3600, ["a", "b", "c"]);
        _clock.Advance(TimeSpan.FromHours(2));

        var signal = Assert.Single(sut.Advance(_clock.GetUtcNow()));

        Assert.Equal(AlertKind.Coordination, signal.Kind);
        Assert.Equal(Election.Target, signal.Target);
        Assert.Equal(["a", "b", "c"], signal.Evidence.Accounts);
        Assert.Equal(3, signal.Numbers["members"]);
        Assert.Equal(3, signal.Numbers["edges"]);
        Assert.Equal(6, signal.Numbers["co_shares"]);
        Assert.Equal(2, signal.Numbers["objects"]); // each caption once: identical text is not listed again as near-identical
        Assert.Equal(0, signal.Numbers["labelled_members"]);
        Assert.Equal(6, signal.Evidence.PostKeys.Count);
        Assert.NotNull(signal.GroupKey);
        Assert.Contains("3 accounts", signal.Explanation, StringComparison.Ordinal);
        Assert.Contains(signal.Evidence.Objects, o => o.StartsWith("caption \"the dam report is fake", StringComparison.Ordinal));
    }

    [Fact]
    public void Advance_OneCoincidencePerPair_AnnouncesNothing()
    {
        var sut = new StreamingCoordinationDetector(new CoordinationOptions());
        Burst(sut, "the dam report is fake, share before they delete it", 0, ["a", "b", "c"]);
        _clock.Advance(TimeSpan.FromHours(1));

        Assert.Empty(sut.Advance(_clock.GetUtcNow()));
    }

    [Fact]
    public void Advance_UnchangedGroup_IsAnnouncedOnceAndAgainWhenItGrows()
    {
        var sut = new StreamingCoordinationDetector(new CoordinationOptions());
        Noise(sut);
        Burst(sut, "the dam report is fake, share before they delete it", 0, ["a", "b"]);
        Burst(sut, "they lied about the flood numbers, wake up people", 600, ["a", "b"]);
        _clock.Advance(TimeSpan.FromHours(1));
        var first = Assert.Single(sut.Advance(_clock.GetUtcNow()));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(sut.Advance(_clock.GetUtcNow()));

        Burst(sut, "the minister knew everything, ask why nobody reports it", 4000, ["a", "b", "c"]);
        Burst(sut, "stop the cover up, the dam was never inspected", 4600, ["a", "b", "c"]);
        _clock.Advance(TimeSpan.FromHours(1));
        var grown = Assert.Single(sut.Advance(_clock.GetUtcNow()));

        Assert.Equal(first.GroupKey, grown.GroupKey);
        Assert.Equal(3, grown.Numbers["members"]);
    }

    [Fact]
    public void Advance_AfterTheLookbackAndTheLatenessOnTheClock_GroupDissolvesSilently()
    {
        var sut = GroupAnnouncedThenFourQuietHours(new CoordinationOptions { Lookback = TimeSpan.FromHours(2), AllowedLateness = TimeSpan.FromHours(1) });

        Assert.Empty(sut.Advance(_clock.GetUtcNow()));
        Assert.Empty(sut.CoShares);
    }

    [Fact]
    public void Advance_AQuietClockWithinTheLateness_KeepsTheLastShares()
    {
        // The look-back is measured back from the newest post: a feed that went quiet (or is days behind) keeps them.
        var sut = GroupAnnouncedThenFourQuietHours(new CoordinationOptions { Lookback = TimeSpan.FromHours(2) });

        Assert.Empty(sut.Advance(_clock.GetUtcNow()));
        Assert.NotEmpty(sut.CoShares);
    }

    // Two bursts by a and b among noise, the group announced an hour later, then four hours without a post.
    private StreamingCoordinationDetector GroupAnnouncedThenFourQuietHours(CoordinationOptions options)
    {
        var sut = new StreamingCoordinationDetector(options);
        Noise(sut);
        Burst(sut, "the dam report is fake, share before they delete it", 0, ["a", "b"]);
        Burst(sut, "they lied about the flood numbers, wake up people", 600, ["a", "b"]);
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Single(sut.Advance(_clock.GetUtcNow()));
        _clock.Advance(TimeSpan.FromHours(4));
        return sut;
    }

    [Fact]
    public void Observe_PostMatchingNoWatchedTarget_IsIgnoredByDefault()
    {
        var sut = new StreamingCoordinationDetector(new CoordinationOptions());
        Burst(sut, "the dam report is fake, share before they delete it", 0, ["a", "b"], targets: []);
        Burst(sut, "they lied about the flood numbers, wake up people", 600, ["a", "b"], targets: []);
        _clock.Advance(TimeSpan.FromHours(1));

        Assert.Empty(sut.Advance(_clock.GetUtcNow()));
        Assert.Empty(sut.CoShares);
    }

    [Fact]
    public void Observe_WatchedOnlyOff_ConsidersUnwatchedPosts()
    {
        var sut = new StreamingCoordinationDetector(new CoordinationOptions { WatchedOnly = false });
        Noise(sut);
        Burst(sut, "the dam report is fake, share before they delete it", 0, ["a", "b"], targets: []);
        Burst(sut, "they lied about the flood numbers, wake up people", 600, ["a", "b"], targets: []);
        _clock.Advance(TimeSpan.FromHours(1));

        var signal = Assert.Single(sut.Advance(_clock.GetUtcNow()));

        Assert.Equal(TargetKind.Keyword, signal.Target.Kind);
    }

    [Fact]
    public void Advance_GroupOnSeveralTargets_UsesTheMostCommonAndListsTheOthers()
    {
        var sut = new StreamingCoordinationDetector(new CoordinationOptions());
        Noise(sut);
        Burst(sut, "the dam report is fake, share before they delete it", 0, ["a", "b"], targets: [Vote]);
        Burst(sut, "they lied about the flood numbers, wake up people", 600, ["a", "b"], targets: [Vote, Election]);
        Burst(sut, "the minister knew everything, ask why nobody reports it", 1200, ["a", "b"], targets: [Vote]);
        _clock.Advance(TimeSpan.FromHours(1));

        var signal = Assert.Single(sut.Advance(_clock.GetUtcNow()));

        Assert.Equal(Vote.Target, signal.Target);
        Assert.Contains("also on #election", signal.Evidence.Objects);
    }

    [Fact]
    public void Advance_LabelledMember_IsNamedAndRaisesSeverity()
    {
        var sut = new StreamingCoordinationDetector(new CoordinationOptions());
        Noise(sut);
        var label = new AccountLabel { Platform = "tiktok", Handle = "statewire", Category = LabelCategory.StateControlled, Source = "demo-list" };
        Burst(sut, "the dam report is fake, share before they delete it", 0, ["statewire", "b"], label: label);
        Burst(sut, "they lied about the flood numbers, wake up people", 600, ["statewire", "b"], label: label);
        _clock.Advance(TimeSpan.FromHours(1));

        var signal = Assert.Single(sut.Advance(_clock.GetUtcNow()));

        Assert.Equal(["statewire (state-controlled, demo-list)"], signal.Evidence.LabelledAccounts);
        Assert.Equal(1, signal.Numbers["labelled_members"]);
        Assert.Equal(Severity.High, signal.Severity);
    }

    private static WatchedTarget Watched(TargetKind kind, string value) =>
        new(new WatchTarget(kind, value), Watchlist.MainName, DetectorThresholds.None);

    // Chance pairs that co-share once each: the weight-1 edges every real stream has, which put θ (the median) at 1.
    // Without them every edge would have the same weight and none would be strictly above the median (CooRTweet too).
    private static void Noise(StreamingCoordinationDetector sut, int pairs = 6)
    {
        for (var i = 0; i < pairs; i++)
            Burst(sut, $"chance caption number {i} about the weather today", -1800 + (300 * i), [$"noise{i}x", $"noise{i}y"]);
    }

    private static void Burst(
        StreamingCoordinationDetector sut, string caption, int atSecond, string[] accounts, WatchedTarget[]? targets = null, AccountLabel? label = null)
    {
        for (var i = 0; i < accounts.Length; i++)
        {
            var post = PostBuilder.Create(author: accounts[i], at: T0 + TimeSpan.FromSeconds(atSecond + (3 * i)), text: caption, hashtags: ["election"]) with
            {
                Url = $"https://example.org/{accounts[i]}/{atSecond}",
                AuthorLabel = label is not null && label.Handle == accounts[i] ? label : null,
            };
            sut.Observe(post, targets ?? [Election]);
        }
    }
}
