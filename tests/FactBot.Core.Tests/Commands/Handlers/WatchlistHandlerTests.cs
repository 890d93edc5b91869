using FactBot.Core.Subscriptions;
using FactBot.Core.Watchlists;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Commands.Handlers;

public sealed class WatchlistHandlerTests : IDisposable
{
    private readonly AdminCommandFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task Create_Admin_StoresItOwnedByTheChatAndAuditsIt()
    {
        var reply = await _f.AdminAsync("/watchlist create RU-War");

        Assert.Equal("Created watchlist ru-war", reply.Message.Title);
        var created = await _f.WatchlistAsync("ru-war");
        Assert.Equal("telegram:-100", created.OwnerChat);
        var entry = Assert.Single(_f.Audit.Entries);
        Assert.Equal(("watchlist create", "ru-war"), (entry.Action, entry.Subject));
        Assert.Null(entry.Before);
        Assert.Equal("""{"name":"ru-war","targets":[],"thresholds":{},"ownerChat":"telegram:-100"}""", entry.After);
    }

    [Theory]
    [InlineData("ru-war")]
    [InlineData("main")]
    public async Task Create_Existing_SaysSoWithoutChangeOrAudit(string name)
    {
        await _f.SetUpAsync("/watchlist create ru-war");

        var reply = await _f.AdminAsync($"/watchlist create {name}");

        Assert.Equal($"Watchlist {name} already exists", reply.Message.Title);
        Assert.Single(_f.Audit.Entries);
    }

    [Fact]
    public async Task Delete_Main_IsRefusedAndChangesNothing()
    {
        await _f.SetUpAsync("/watch add #donbas");

        var reply = await _f.AdminAsync("/watchlist delete main");

        Assert.Equal("The main watchlist cannot be deleted", reply.Message.Title);
        Assert.Single((await _f.WatchlistAsync()).Targets);
        Assert.Single(_f.Audit.Entries);
    }

    [Fact]
    public async Task Delete_WithSubscriptions_DeletesKeepsThemAndSaysHowMany()
    {
        await _f.SetUpAsync("/watchlist create ru-war", "/watch add #donbas watchlist:ru-war");
        await _f.Subscriptions.UpsertAsync(new Subscription { Chat = new ChatRef("telegram", "-1"), Watchlist = "ru-war" });
        await _f.Subscriptions.UpsertAsync(new Subscription { Chat = new ChatRef("discord", "9"), Watchlist = "ru-war" });
        await _f.Subscriptions.UpsertAsync(new Subscription { Chat = new ChatRef("discord", "9"), Watchlist = "main" });

        var reply = await _f.AdminAsync("/watchlist delete ru-war");

        Assert.Equal("Deleted watchlist ru-war", reply.Message.Title);
        Assert.Contains("2 subscription(s) pointed at it", reply.Message.Summary, StringComparison.Ordinal);
        Assert.Null(await _f.Watchlists.GetAsync("ru-war"));
        Assert.Equal(3, (await _f.Subscriptions.ListAsync()).Count);
        Assert.Empty(_f.Engine.Matcher.Match(PostBuilder.Create(hashtags: ["donbas"])));
        var entry = _f.Audit.Entries[^1];
        Assert.Equal("watchlist delete", entry.Action);
        Assert.Contains("\"targets\":[\"#donbas\"]", entry.Before, StringComparison.Ordinal);
        Assert.Null(entry.After);
    }

    [Fact]
    public async Task Delete_Unknown_SaysSoAndChangesNothing()
    {
        var reply = await _f.AdminAsync("/watchlist delete nope");

        Assert.Equal("No watchlist 'nope'", reply.Message.Title);
        Assert.Empty(_f.Audit.Entries);
    }

    [Fact]
    public async Task Set_ValidValue_OverridesTheDefaultAuditsAndReachesTheDetectors()
    {
        await _f.SetUpAsync("/watch add #donbas");

        var reply = await _f.AdminAsync("/watchlist set main floor 5");

        Assert.Equal("floor of main: 10 (default) → 5", reply.Message.Title);
        Assert.Equal(new DetectorThresholds { Floor = 5 }, (await _f.WatchlistAsync()).Thresholds);
        Assert.Equal(5, Assert.Single(_f.Detector.Watched).Thresholds.Floor);
        var entry = _f.Audit.Entries[^1];
        Assert.Equal(("watchlist set", "main floor", "10 (default)", "5"), (entry.Action, entry.Subject, entry.Before, entry.After));
    }

    [Theory]
    [InlineData("floor 0", "'floor' must be a whole number from 1 to 10000")]
    [InlineData("floor 2.5", "'floor' must be a whole number from 1 to 10000")]
    [InlineData("floor 10001", "'floor' must be a whole number from 1 to 10000")]
    [InlineData("min-ratio 0.5", "'min-ratio' must be from 1 to 100")]
    [InlineData("min-ratio 101", "'min-ratio' must be from 1 to 100")]
    [InlineData("family-alpha 0.5", "'family-alpha' must be from 1E-09 to 0.2")]
    [InlineData("family-alpha 0", "'family-alpha' must be from 1E-09 to 0.2")]
    [InlineData("frob 1", "'key' must be one of: floor, min-ratio, family-alpha")]
    public async Task Set_BadValue_GetsAUsageReplyNamingTheProblemAndChangesNothing(string setting, string expected)
    {
        await _f.SetUpAsync("/watchlist set main floor 7");

        var reply = await _f.AdminAsync($"/watchlist set main {setting}");

        Assert.Equal("That command needs fixing", reply.Message.Title);
        Assert.Contains(expected, reply.Message.Summary, StringComparison.Ordinal);
        Assert.StartsWith("Usage: /watchlist set", reply.Message.Footer, StringComparison.Ordinal);
        Assert.Equal(new DetectorThresholds { Floor = 7 }, (await _f.WatchlistAsync()).Thresholds);
        Assert.Single(_f.Audit.Entries);
    }

    [Fact]
    public async Task Set_SameValue_SaysSoWithoutAudit()
    {
        await _f.SetUpAsync("/watchlist set main family-alpha 0.001");

        var reply = await _f.AdminAsync("/watchlist set main family-alpha 1e-3");

        Assert.Equal("family-alpha of main is already 0.001", reply.Message.Title);
        Assert.Single(_f.Audit.Entries);
    }

    [Fact]
    public async Task Set_PlainUser_IsRefusedAndChangesNothing()
    {
        var reply = await _f.UserAsync("/watchlist set main floor 5");

        Assert.Equal("Not allowed", reply.Message.Title);
        Assert.Null(await _f.Watchlists.GetAsync(Watchlist.MainName));
        Assert.Empty(_f.Audit.Entries);
    }

    [Fact]
    public async Task List_PlainUser_SeesEveryWatchlistWithTargetCountsAndThresholds()
    {
        await _f.SetUpAsync("/watchlist create ru-war", "/watch add #a watchlist:ru-war", "/watch add #b watchlist:ru-war", "/watchlist set ru-war floor 25");

        var reply = await _f.UserAsync("/watchlist list");

        Assert.Equal("Watchlists (2)", reply.Message.Title);
        Assert.Equal(["main", "ru-war"], reply.Message.Fields.Select(f => f.Name));
        Assert.Equal("0 targets · floor 10 (default) · min-ratio ×2 (default) · family-alpha 0.01 (default)", reply.Message.Fields[0].Value);
        Assert.Equal("2 targets · floor 25 · min-ratio ×2 (default) · family-alpha 0.01 (default)", reply.Message.Fields[1].Value);
    }
}
