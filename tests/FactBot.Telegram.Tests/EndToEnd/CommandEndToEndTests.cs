using FactBot.Core.Abstractions;
using FactBot.Core.Detection;
using FactBot.Core.Watchlists;

namespace FactBot.Telegram.Tests.EndToEnd;

/// <summary>Commands typed in a Telegram group, through the emulator, the poller, Core's dispatcher and back.</summary>
[Collection(TelegramPeerCollection.Name)]
public sealed class CommandEndToEndTests(TelegramPeer peer)
{
    private const long Group = -100201;
    private const long Volunteer = 7;

    [Fact]
    public async Task Status_InAGroupWithBotSuffix_RepliesWithTheCountsFromChannelPosts()
    {
        await using var bot = await BotHost.StartAsync(peer, "2001:STATUS");
        var now = TimeProvider.System.GetUtcNow();
        for (var i = 0; i < 3; i++)
            await bot.User.PushUpdateAsync(Updates.ChannelPost(-1009001, "mirror_news", $"🙂 report {i} #donbas today", "#donbas", now));
        await Eventually.TrueAsync(async () => await bot.Get<IPostStore>().CountAsync() >= 3, bot);

        await bot.User.SendCommandAsync(Group, Volunteer, $"/status@{TelegramPeer.BotUsername} #donbas");

        var reply = await bot.User.WaitForBotMessageAsync(Group, m => PeerClient.TextOf(m).Contains("#donbas", StringComparison.Ordinal));
        var text = PeerClient.TextOf(reply);
        Assert.Contains("<b>Status of #donbas</b>", text, StringComparison.Ordinal);
        Assert.Matches(@"\b3 (so far|posts)\b", text); // the three channel posts, counted by the detector
        Assert.Equal("html", reply["message"]!["parse_mode"]!.GetValue<string>(), ignoreCase: true);
        Assert.NotEmpty(bot.Logs.Lines);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Text.Contains("STATUS", StringComparison.Ordinal)); // the token's secret half
    }

    [Fact]
    public async Task Help_ListsOnlyWhatTheCallerMayUse()
    {
        await using var bot = await BotHost.StartAsync(peer, "2002:HELP");

        await bot.User.SendCommandAsync(Group, Volunteer, "/help");
        var volunteer = PeerClient.TextOf(await bot.User.WaitForBotMessageAsync(Group, m => PeerClient.TextOf(m).Contains("commands you can use", StringComparison.Ordinal)));
        await bot.User.SendCommandAsync(Group - 1, TelegramPeer.AdminUserId, "/help");
        var admin = PeerClient.TextOf(await bot.User.WaitForBotMessageAsync(Group - 1, m => PeerClient.TextOf(m).Contains("commands you can use", StringComparison.Ordinal)));

        Assert.Contains("/status", volunteer, StringComparison.Ordinal);
        Assert.Contains("/watch list", volunteer, StringComparison.Ordinal);
        Assert.DoesNotContain("/watch add", volunteer, StringComparison.Ordinal);
        Assert.DoesNotContain("/audit", volunteer, StringComparison.Ordinal);
        Assert.Contains("/watch add", admin, StringComparison.Ordinal);
        Assert.Contains("/audit", admin, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WatchAdd_ByAVolunteer_IsRefusedAndChangesNothing()
    {
        await using var bot = await BotHost.StartAsync(peer, "2003:REFUSE");

        await bot.User.SendCommandAsync(Group, Volunteer, "/watch add #newtag");

        var reply = await bot.User.WaitForBotMessageAsync(Group, m => PeerClient.TextOf(m).Contains("Not allowed", StringComparison.Ordinal));
        Assert.Contains("admins of this chat", PeerClient.TextOf(reply), StringComparison.Ordinal);
        var main = await bot.Get<IWatchlistStore>().GetAsync(Watchlist.MainName);
        Assert.DoesNotContain(main!.Targets, t => t.Key == "#newtag");
        Assert.Empty(await bot.Get<IAuditLog>().RecentAsync(10));
    }

    [Fact]
    public async Task WatchAdd_ByAChatAdministrator_ChangesTheWatchlistAndIsAudited()
    {
        await using var bot = await BotHost.StartAsync(peer, "2004:ADMIN");

        await bot.User.SendCommandAsync(Group, TelegramPeer.AdminUserId, "/watch add #newtag");

        await bot.User.WaitForBotMessageAsync(Group, m => PeerClient.TextOf(m).Contains("#newtag", StringComparison.Ordinal));
        var main = await bot.Get<IWatchlistStore>().GetAsync(Watchlist.MainName);
        Assert.Contains(main!.Targets, t => t.Key == "#newtag");
        var entry = Assert.Single(await bot.Get<IAuditLog>().RecentAsync(10));
        Assert.Equal("watch add", entry.Action);
        Assert.StartsWith($"telegram:{TelegramPeer.AdminUserId} ", entry.Actor, StringComparison.Ordinal);
        Assert.Equal($"telegram:{Group}", entry.Chat);
        Assert.Contains(bot.Get<DetectionEngine>().Matcher.Watched, w => w.Target.Key == "#newtag");
    }
}
