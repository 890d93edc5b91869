using System.Text.Json.Nodes;
using FactBot.Core.Watchlists;
using FactBot.Sources.Tests.Support;
using FactBot.Sources.TikTok.Api;
using FactBot.Sources.TikTok.Planning;
using FactBot.Sources.TikTok.Queries;

namespace FactBot.Sources.Tests.TikTok.Queries;

public sealed class TikTokQueryTests
{
    [Fact]
    public void And_OneValue_IsEq()
    {
        var sut = TikTokQuery.Empty.And(TikTokField.HashtagName, "#Donbas");

        Assert.Equal("""{"and":[{"operation":"EQ","field_name":"hashtag_name","field_values":["donbas"]}]}""", sut.Json);
    }

    [Fact]
    public void And_SeveralValues_IsInWithStringValues()
    {
        var sut = TikTokQuery.Empty.And(TikTokField.RegionCode, "ru", "BY", "RU");

        var condition = Assert.Single(sut.AndConditions);
        Assert.Equal("IN", condition.Operation);
        Assert.Equal(["RU", "BY"], condition.Values);
    }

    [Fact]
    public void Request_AndOrNot_MatchesTheDocumentedBody()
    {
        var query = TikTokQuery.Empty
            .And(TikTokField.MusicId, "7000000000000000000")
            .Or(TikTokField.RegionCode, "RU", "BY")
            .Or(TikTokField.HashtagName, "давайзамир", "донбасс")
            .Not(TikTokField.Username, "@Someone");
        var sut = new TikTokVideoRequest(query, new TikTokWindow(new DateOnly(2022, 3, 1), new DateOnly(2022, 3, 7)), 100);

        var expected = JsonNode.Parse(File.ReadAllText(Samples.PathOf("TikTokApi", "video-query-request.json")));

        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(sut.ToJson())), sut.ToJson());
    }

    [Fact]
    public void ToJson_WithSearchId_SendsItAsTextWithTheCursor()
    {
        var query = TikTokQuery.Empty.And(TikTokField.Keyword, "war");
        var sut = new TikTokVideoRequest(query, new TikTokWindow(new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 7)), 50, 200, "7354367454467855403");

        var body = JsonNode.Parse(sut.ToJson())!;

        Assert.Equal("7354367454467855403", body["search_id"]!.GetValue<string>());
        Assert.Equal(200, body["cursor"]!.GetValue<int>());
        Assert.Equal(50, body["max_count"]!.GetValue<int>());
    }

    [Fact]
    public void Hash_SameQuery_IsStableAndDiffersForAnother()
    {
        var a = TikTokQuery.Empty.And(TikTokField.HashtagName, "donbas");
        var b = TikTokQuery.Empty.And(TikTokField.HashtagName, "donbas");
        var c = TikTokQuery.Empty.And(TikTokField.HashtagName, "donbass");

        Assert.Equal(a.Hash, b.Hash);
        Assert.NotEqual(a.Hash, c.Hash);
        Assert.Matches("^[0-9a-f]{16}$", a.Hash);
    }

    [Fact]
    public void And_NoValue_Throws()
    {
        Assert.Throws<ArgumentException>(() => TikTokQuery.Empty.And(TikTokField.HashtagName, " "));
    }

    [Fact]
    public void For_Watchlists_OneQueryPerTikTokTargetWithRegions()
    {
        var lists = new[]
        {
            new Watchlist
            {
                Name = "main",
                Targets =
                [
                    new WatchTarget(TargetKind.Hashtag, "donbas"),
                    new WatchTarget(TargetKind.Sound, "7000000000000000001"),
                    new WatchTarget(TargetKind.Keyword, "peace talks"),
                    new WatchTarget(TargetKind.Hashtag, "mastodononly") { Platforms = ["mastodon"] },
                ],
            },
            new Watchlist { Name = "other", Targets = [new WatchTarget(TargetKind.Hashtag, "donbas")] },
        };

        var sut = TikTokTargetQueries.For(lists, ["RU"]);

        Assert.Equal(["#donbas", "kw:peace talks", "sound:7000000000000000001"], sut.Select(q => q.TargetKey));
        var sound = sut.Single(q => q.TargetKey.StartsWith("sound:", StringComparison.Ordinal)).Query;
        Assert.Equal("music_id=7000000000000000001 AND region_code=RU", sound.ToString());
        Assert.All(sut, q => Assert.StartsWith("tiktok-research:", q.SourceId, StringComparison.Ordinal));
    }
}
