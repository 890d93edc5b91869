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
}
