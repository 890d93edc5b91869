using FactBot.Core.Watchlists;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Watchlists;

public sealed class TargetMatcherTests
{
    private static Watchlist List(string name, params string[] targets) =>
        new() { Name = name, Targets = [.. targets.Select(t => WatchTarget.Parse(t).Value!)] };

    [Fact]
    public void Match_PostWithHashtagSoundAndKeyword_FindsEachWatchedTarget()
    {
        var sut = new TargetMatcher([List("main", "#donbas", "sound:42", "kw:fist bump"), List("other", "#donbas")]);

        var matches = sut.Match(PostBuilder.Create(text: "Fist bump!", hashtags: ["donbas", "peace"], sound: "42"));

        Assert.Equal(["#donbas|main", "#donbas|other", "sound:42|main", "kw:fist bump|main"],
            matches.Select(m => $"{m.Target.Key}|{m.Watchlist}"));
    }

    [Fact]
    public void Match_TargetLimitedToOtherPlatform_DoesNotMatch()
    {
        var target = WatchTarget.Parse("#donbas").Value! with { Platforms = ["mastodon"] };
        var sut = new TargetMatcher([new Watchlist { Name = "main", Targets = [target] }]);

        Assert.Empty(sut.Match(PostBuilder.Create(hashtags: ["donbas"], platform: "tiktok")));
        Assert.Single(sut.Match(PostBuilder.Create(hashtags: ["donbas"], platform: "mastodon")));
    }

    [Fact]
    public void Match_NothingWatched_IsEmpty()
    {
        var sut = new TargetMatcher([List("main", "#donbas", "sound:42")]);

        Assert.Empty(sut.Match(PostBuilder.Create(text: "donbas", hashtags: ["peace"], sound: "7")));
    }

    [Fact]
    public void Match_TwoPostsWithTheSameTag_GetEqualResults()
    {
        var sut = new TargetMatcher([List("main", "#donbas"), List("other", "#donbas")]);

        var first = sut.Match(PostBuilder.Create(hashtags: ["donbas"]));
        var second = sut.Match(PostBuilder.Create(hashtags: ["donbas", "peace"]));

        Assert.Equal(["main", "other"], first.Select(m => m.Watchlist));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Match_TagRepeatedInARawPost_MatchesEachTime()
    {
        var sut = new TargetMatcher([List("main", "#donbas")]);

        var matches = sut.Match(PostBuilder.Create(hashtags: ["donbas", "donbas"]));

        Assert.Equal(["#donbas", "#donbas"], matches.Select(m => m.Target.Key));
    }

    [Fact]
    public void Match_MoreWatchedTagsThanItHolds_FindsAllInPostOrder()
    {
        var tags = Enumerable.Range(0, 12).Select(i => $"t{i}").ToArray();
        var sut = new TargetMatcher([List("main", [.. tags.Select(t => "#" + t), "sound:42", "kw:fist"])]);

        var matches = sut.Match(PostBuilder.Create(text: "fist", hashtags: [.. tags.Reverse()], sound: "42"));

        Assert.Equal([.. tags.Reverse().Select(t => "#" + t), "sound:42", "kw:fist"], matches.Select(m => m.Target.Key));
    }

    [Fact]
    public void Match_SeveralTargetsSomeLimitedToOtherPlatform_KeepsOnlyApplicableInOrder()
    {
        var limited = WatchTarget.Parse("#donbas").Value! with { Platforms = ["mastodon"] };
        var sut = new TargetMatcher([
            new Watchlist { Name = "main", Targets = [limited, WatchTarget.Parse("sound:42").Value!] },
            List("other", "#donbas"),
        ]);

        var matches = sut.Match(PostBuilder.Create(hashtags: ["donbas"], sound: "42", platform: "tiktok"));

        Assert.Equal(["#donbas|other", "sound:42|main"], matches.Select(m => $"{m.Target.Key}|{m.Watchlist}"));
    }
}
