using System.Text.Json.Nodes;
using FactBot.Core.Abstractions;

namespace FactBot.Telegram.Tests.EndToEnd;

/// <summary>The bot's own life in chats: menus at start-up, being removed and added back, DMs.</summary>
[Collection(TelegramPeerCollection.Name)]
public sealed class ChatLifecycleEndToEndTests(TelegramPeer peer)
{
    [Fact]
    public async Task Startup_SetsBothMenusOnce_AndARestartChangesNothing()
    {
        const string token = "4001:MENUS";
        await using (await BotHost.StartAsync(peer, token))
            await Eventually.TrueAsync(async () => (await MenuCallsAsync(peer, token)).Count == 2, null);
        var first = await MenuCallsAsync(peer, token);

        await using (var again = await BotHost.StartAsync(peer, token))
            await Eventually.TrueAsync(async () => again.Logs.Lines.Any(l => l.Text.Contains("is receiving updates", StringComparison.Ordinal)), again);

        Assert.Equal(2, (await MenuCallsAsync(peer, token)).Count);
        var everyone = Commands(first.Single(c => Scope(c) == "default"));
        var admins = Commands(first.Single(c => Scope(c) == "all_chat_administrators"));
        Assert.Contains("status", everyone);
        Assert.Contains("subscribe", everyone);
        Assert.DoesNotContain("audit", everyone);
        Assert.Contains("audit", admins);
        Assert.Contains("watch", everyone);
    }

    [Fact]
    public async Task BotKickedFromAGroup_SuspendsItsSubscriptions_AndAddedBack_ActivatesThem()
    {
        const long group = -100401;
        await using var bot = await BotHost.StartAsync(peer, "4002:MEMBER");
        await bot.User.SendCommandAsync(group, TelegramPeer.AdminUserId, "/subscribe");
        await bot.User.WaitForBotMessageAsync(group, m => PeerClient.TextOf(m).Contains("Subscribed this chat", StringComparison.Ordinal));
        var store = bot.Get<ISubscriptionStore>();

        await bot.User.PushUpdateAsync(Updates.MyChatMember(group, TelegramPeer.AdminUserId, "member", "kicked"));
        await Eventually.TrueAsync(async () => (await store.ListForChatAsync($"telegram:{group}")).Single().SuspendedReason is not null, bot);
        Assert.Equal("the bot was removed from the chat by @user42", (await store.ListForChatAsync($"telegram:{group}")).Single().SuspendedReason);

        await bot.User.PushUpdateAsync(Updates.MyChatMember(group, TelegramPeer.AdminUserId, "left", "administrator"));
        await Eventually.TrueAsync(async () => (await store.ListForChatAsync($"telegram:{group}")).Single().SuspendedReason is null, bot);

        // The audit entry is written just after the subscription changes: wait for it rather than race it.
        var audit = bot.Get<IAuditLog>();
        await Eventually.TrueAsync(async () => (await audit.RecentAsync(10)).Count == 3, bot);
        Assert.Equal(["subscription activated", "subscription suspended", "subscribe"], (await audit.RecentAsync(10)).Select(a => a.Action));
    }

    [Fact]
    public async Task SubscribeInADirectMessage_IsOpenToAnyone()
    {
        const long user = 9;
        await using var bot = await BotHost.StartAsync(peer, "4003:DM");

        await bot.User.SendCommandAsync(user, user, "/subscribe mode:digest", chatType: "private");

        var reply = await bot.User.WaitForBotMessageAsync(user, m => PeerClient.TextOf(m).Length > 0);
        Assert.Contains("Subscribed this chat", PeerClient.TextOf(reply), StringComparison.Ordinal);
        var subscription = Assert.Single(await bot.Get<ISubscriptionStore>().ListForChatAsync($"telegram:{user}"));
        Assert.True(subscription.IsDirectMessage);
    }

    private static async Task<List<JsonObject>> MenuCallsAsync(TelegramPeer peer, string token) =>
        [.. (await peer.Client(token).CallsAsync()).Where(c => c["m"]!.GetValue<string>() == "setMyCommands" && c["token"]?.GetValue<string>() == token)];

    private static string Scope(JsonObject call) => call["body"]!["scope"]?["type"]?.GetValue<string>() ?? "default";

    private static List<string> Commands(JsonObject call) =>
        [.. call["body"]!["commands"]!.AsArray().Select(c => c!["command"]!.GetValue<string>())];
}
