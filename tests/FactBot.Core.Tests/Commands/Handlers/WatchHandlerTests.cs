using FactBot.Core.Watchlists;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Commands.Handlers;

public sealed class WatchHandlerTests : IDisposable
{
    private readonly AdminCommandFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task Add_PlainUser_IsRefusedAndChangesNothing()
    {
        await _f.SetUpAsync("/watch add #existing");

        var reply = await _f.UserAsync("/watch add #donbas");

        Assert.Equal("Not allowed", reply.Message.Title);
        Assert.True(reply.Ephemeral);
        Assert.Equal(["#existing"], (await _f.WatchlistAsync()).Targets.Select(t => t.Key));
        Assert.Single(_f.Audit.Entries);
        Assert.Empty(_f.Engine.Matcher.Match(PostBuilder.Create(hashtags: ["donbas"])));
    }

    [Fact]
    public async Task Add_Admin_StoresTheTargetAndIsAuditedWithBeforeAndAfter()
    {
        var reply = await _f.AdminAsync("/watch add #Donbas");

        Assert.Contains("Now watching #donbas on main", reply.Message.Title, StringComparison.Ordinal);
        Assert.Contains("#donbas", reply.Message.Summary, StringComparison.Ordinal);
        Assert.False(reply.Ephemeral);
        Assert.Equal(["#donbas"], (await _f.WatchlistAsync()).Targets.Select(t => t.Key));
        var entry = Assert.Single(_f.Audit.Entries);
        Assert.Equal("watch add", entry.Action);
        Assert.Equal("#donbas in main", entry.Subject);
        Assert.Null(entry.Before);
        Assert.Equal("""{"target":"#donbas","platforms":"all"}""", entry.After);
        Assert.Equal("telegram:1 (Alice)", entry.Actor);
        Assert.Equal("telegram:-100", entry.Chat);
        Assert.Equal(_f.Time.GetUtcNow(), entry.At);
    }

    [Fact]
    public async Task Add_Admin_ReachesTheDetectionEngineAtOnce()
    {
        await _f.SetUpAsync("/watchlist create ru-war");

        await _f.AdminAsync("/watch add sound:7001 watchlist:ru-war");

        var matched = Assert.Single(_f.Engine.Matcher.Match(PostBuilder.Create(sound: "7001")));
        Assert.Equal("ru-war", matched.Watchlist);
        Assert.Contains(_f.Detector.Watched, w => w.Target.Key == "sound:7001");
    }

    [Fact]
    public async Task Add_WithPlatforms_StoresThemLowerCaseAndMatchesOnlyThere()
    {
        var reply = await _f.AdminAsync("/watch add #donbas platforms:TikTok,telegram,tiktok");

        Assert.Equal(["telegram", "tiktok"], (await _f.WatchlistAsync()).Targets.Single().Platforms);
        Assert.Contains("telegram, tiktok", reply.Message.Summary, StringComparison.Ordinal);
        Assert.Single(_f.Engine.Matcher.Match(PostBuilder.Create(hashtags: ["donbas"], platform: "tiktok")));
        Assert.Empty(_f.Engine.Matcher.Match(PostBuilder.Create(hashtags: ["donbas"], platform: "mastodon")));
    }

    [Theory]
    [InlineData("platforms:tiktok,myspace", "'myspace'")]
    [InlineData("platforms:,", "names no platform")]
    public async Task Add_BadPlatforms_GetsAUsageReplyAndChangesNothing(string option, string expected)
    {
        var reply = await _f.AdminAsync($"/watch add #donbas {option}");

        Assert.Equal("That command needs fixing", reply.Message.Title);
        Assert.Contains(expected, reply.Message.Summary, StringComparison.Ordinal);
        Assert.Contains("'platforms'", reply.Message.Summary, StringComparison.Ordinal);
        Assert.StartsWith("Usage: /watch add", reply.Message.Footer, StringComparison.Ordinal);
        Assert.True(reply.Ephemeral);
        Assert.Null(await _f.Watchlists.GetAsync(Watchlist.MainName));
        Assert.Empty(_f.Audit.Entries);
    }

    [Fact]
    public async Task Add_TargetAlreadyWatched_SaysSoWithoutChangeOrAudit()
    {
        await _f.SetUpAsync("/watch add #donbas platforms:tiktok");

        var reply = await _f.AdminAsync("/watch add #DONBAS");

        Assert.Contains("already on main", reply.Message.Title, StringComparison.Ordinal);
        Assert.Contains("tiktok", reply.Message.Summary, StringComparison.Ordinal);
        Assert.True(reply.Ephemeral);
        Assert.Equal(["tiktok"], (await _f.WatchlistAsync()).Targets.Single().Platforms);
        Assert.Single(_f.Audit.Entries);
    }

    [Fact]
    public async Task Add_UnknownWatchlist_SaysSoAndListsTheExistingOnes()
    {
        await _f.SetUpAsync("/watchlist create ru-war");

        var reply = await _f.AdminAsync("/watch add #donbas watchlist:nope");

        Assert.Equal("No watchlist 'nope'", reply.Message.Title);
        Assert.Contains("main, ru-war", reply.Message.Summary, StringComparison.Ordinal);
        Assert.Contains("/watchlist create nope", reply.Message.Summary, StringComparison.Ordinal);
        Assert.Null(await _f.Watchlists.GetAsync("nope"));
        Assert.Single(_f.Audit.Entries);
    }

    [Fact]
    public async Task Remove_WatchedTarget_RemovesItAuditsWhatItWasAndStopsMatching()
    {
        await _f.SetUpAsync("/watch add #donbas platforms:tiktok", "/watch add #other");

        var reply = await _f.AdminAsync("/watch remove #donbas");

        Assert.Contains("Stopped watching #donbas", reply.Message.Title, StringComparison.Ordinal);
        Assert.Equal(["#other"], (await _f.WatchlistAsync()).Targets.Select(t => t.Key));
        Assert.Empty(_f.Engine.Matcher.Match(PostBuilder.Create(hashtags: ["donbas"])));
        var entry = _f.Audit.Entries[^1];
        Assert.Equal("watch remove", entry.Action);
        Assert.Equal("""{"target":"#donbas","platforms":["tiktok"]}""", entry.Before);
        Assert.Null(entry.After);
    }

    [Fact]
    public async Task Remove_TargetNotWatched_SaysSoWithoutChangeOrAudit()
    {
        await _f.SetUpAsync("/watch add #other");

        var reply = await _f.AdminAsync("/watch remove #donbas");

        Assert.Equal("#donbas is not on main", reply.Message.Title);
        Assert.Contains("Nothing was changed", reply.Message.Summary, StringComparison.Ordinal);
        Assert.Single((await _f.WatchlistAsync()).Targets);
        Assert.Single(_f.Audit.Entries);
    }

    [Fact]
    public async Task List_PlainUser_SeesTargetsAndThresholdsWithDefaultsMarked()
    {
        await _f.SetUpAsync("/watch add #donbas", "/watch add kw:biolab platforms:telegram", "/watchlist set main min-ratio 3");

        var reply = await _f.UserAsync("/watch list");

        var text = AdminCommandFixture.Text(reply);
        Assert.Contains("#donbas\nkw:biolab (telegram)", reply.Message.Summary, StringComparison.Ordinal);
        Assert.Contains("floor: 10 (default)", text, StringComparison.Ordinal);
        Assert.Contains("min-ratio: ×3", text, StringComparison.Ordinal);
        Assert.DoesNotContain("min-ratio: ×3 (default)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_LongWatchlist_IsCappedWithACountOfTheRest()
    {
        var targets = Enumerable.Range(0, 45).Select(i => new WatchTarget(TargetKind.Hashtag, $"tag{i:00}")).ToList();
        await _f.Watchlists.UpsertAsync(new Watchlist { Name = Watchlist.MainName, Targets = targets });

        var reply = await _f.UserAsync("/watch list");

        Assert.Contains("#tag39\nand 5 more", reply.Message.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("#tag40", reply.Message.Summary, StringComparison.Ordinal);
    }
}
