using System.Globalization;
using FactBot.Core.Abstractions;
using FactBot.Core.Alerts;
using FactBot.Core.Messages;
using FactBot.Core.Subscriptions;
using FactBot.TestKit.Alerts;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Telegram.Tests.EndToEnd;

/// <summary>Outages, migrations, limits and escalations, injected by the emulator: what each chat ends up with.</summary>
[Collection(TelegramPeerCollection.Name)]
public sealed class DeliveryFaultsEndToEndTests(TelegramPeer peer)
{
    [Fact]
    public async Task An502Outage_ThenRecovery_EveryMessageArrivesExactlyOnceInOrder()
    {
        const long group = -100401;
        await using var bot = await BotHost.StartAsync(peer, "4001:OUTAGE");
        await bot.User.OutageAsync(502);
        try
        {
            for (var i = 1; i <= 4; i++)
                await EnqueueAsync(bot, group, $"m{i}", $"Message {i}");
            await Eventually.TrueAsync(async () => (await bot.User.CallsAsync()).Count(c => Sent(c, group)) >= 3, bot);
        }
        finally
        {
            await bot.User.OutageAsync(0);
        }

        await Eventually.TrueAsync(async () => (await bot.User.BotMessagesAsync(group)).Count >= 4, bot);
        await Task.Delay(500);
        var arrived = (await bot.User.BotMessagesAsync(group)).Select(PeerClient.TextOf).ToList();
        Assert.Equal(["<b>Message 1</b>", "<b>Message 2</b>", "<b>Message 3</b>", "<b>Message 4</b>"], arrived);
        Assert.All(await bot.Get<IOutboxStore>().QueryAsync(null, 10), m => Assert.Equal(OutboxState.Sent, m.State));
    }

    [Fact]
    public async Task AGroupUpgradedMidQueue_TheQueueAndTheSubscriptionMoveAndStayActive()
    {
        const long group = -100402;
        const long supergroup = -1009402;
        await using var bot = await BotHost.StartAsync(peer, "4002:MIGRATE");
        var subscription = await SubscribeAsync(bot, group);
        await bot.User.MigrateAsync(group, supergroup);

        for (var i = 1; i <= 3; i++)
            await EnqueueAsync(bot, group, $"m{i}", $"Queued {i}", subscription.Id);

        await Eventually.TrueAsync(async () => (await bot.User.BotMessagesAsync(supergroup)).Count >= 3, bot);
        Assert.Equal(["<b>Queued 1</b>", "<b>Queued 2</b>", "<b>Queued 3</b>"], (await bot.User.BotMessagesAsync(supergroup)).Select(PeerClient.TextOf));
        var moved = Assert.Single(await bot.Get<ISubscriptionStore>().ListAsync());
        Assert.Equal($"telegram:{supergroup}", moved.Chat.Key);
        Assert.Null(moved.SuspendedReason);
        Assert.Empty(await bot.Get<ISubscriptionStore>().ListForChatAsync($"telegram:{group}"));
    }

    [Fact]
    public async Task AMessageTelegramFindsTooLong_IsSplitAndSent_NotRetriedAsItIs()
    {
        const long group = -100403;
        await using var bot = await BotHost.StartAsync(peer, "4003:LONG");
        await bot.User.MaxLengthAsync(700);
        try
        {
            var summary = string.Join("\n", Enumerable.Range(1, 60).Select(i => $"line {i} of a long digest section"));
            await EnqueueAsync(bot, group, "long", "A long digest", summary: summary);

            await Eventually.TrueAsync(async () => (await bot.Get<IOutboxStore>().GetAsync("long"))?.State == OutboxState.Sent, bot);
        }
        finally
        {
            await bot.User.MaxLengthAsync(0);
        }

        var parts = (await bot.User.BotMessagesAsync(group)).Select(PeerClient.TextOf).ToList();
        Assert.True(parts.Count > 1, $"{parts.Count} part(s)");
        Assert.All(parts, p => Assert.True(p.Length <= 700, $"{p.Length} characters"));
        Assert.Contains("line 60 of", string.Join("\n", parts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAlertRisingToHigh_ArrivesAsANoticeReplyingToTheFirstMessage_WhichIsEdited()
    {
        const long group = -100404;
        await using var bot = await BotHost.StartAsync(peer, "4004:RISE");
        await SubscribeAsync(bot, group);
        var first = await RaiseAsync(bot, Severity.Medium, count: 50);
        var original = await bot.User.WaitForBotMessageAsync(group, m => PeerClient.TextOf(m).Contains(first.Id, StringComparison.Ordinal));

        await RaiseAsync(bot, Severity.High, count: 300);

        var notice = await bot.User.WaitForBotMessageAsync(group, m => PeerClient.TextOf(m).StartsWith("<b>Now High", StringComparison.Ordinal));
        Assert.Contains("was Medium", PeerClient.TextOf(notice), StringComparison.Ordinal);
        var messageId = original["messageId"]?.GetValue<int>() ?? original["message"]!["message_id"]!.GetValue<int>();
        Assert.Contains(await bot.User.CallsAsync(), c => c["m"]!.GetValue<string>() == "sendMessage" && c["reply_to"]?.GetValue<int>() == messageId);
        await Eventually.TrueAsync(async () => (await bot.User.CallsAsync()).Any(c => c["m"]!.GetValue<string>() is "editMessageText" or "editMessageCaption"), bot);
    }

    private static bool Sent(System.Text.Json.Nodes.JsonObject call, long chat) =>
        call["m"]!.GetValue<string>() == "sendMessage" && call["chat_id"]!.GetValue<string>() == chat.ToString(CultureInfo.InvariantCulture);

    private static async Task<Subscription> SubscribeAsync(BotHost bot, long group)
    {
        await bot.User.SendCommandAsync(group, TelegramPeer.AdminUserId, "/subscribe mode:alerts");
        await bot.User.WaitForBotMessageAsync(group, m => PeerClient.TextOf(m).Contains("Subscribed this chat", StringComparison.Ordinal));
        return Assert.Single(await bot.Get<ISubscriptionStore>().ListForChatAsync($"telegram:{group}"));
    }

    private static async Task<Alert> RaiseAsync(BotHost bot, Severity severity, double count)
    {
        var now = TimeProvider.System.GetUtcNow();
        var hour = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerHour), TimeSpan.Zero);
        var changes = await bot.Get<AlertEngine>().ApplyAsync([SignalBuilder.Surge("#donbas", windowEnd: hour, count: count, severity: severity)], now);
        foreach (var handler in bot.Services.GetServices<IAlertChangeHandler>())
            await handler.HandleAsync(changes, now);
        return Assert.Single(changes).Alert;
    }

    private static async Task EnqueueAsync(BotHost bot, long group, string id, string title, string? subscriptionId = null, string summary = "")
    {
        var now = TimeProvider.System.GetUtcNow();
        await bot.Get<IOutboxStore>().EnqueueAsync(new OutboxMessage
        {
            Id = id,
            Chat = new ChatRef("telegram", group.ToString(CultureInfo.InvariantCulture)),
            Kind = OutboxKind.Digest,
            Message = new ChatMessage { Title = title, Summary = summary },
            SubscriptionId = subscriptionId,
            CreatedAt = now,
            DueAt = now,
        });
        await Task.Delay(5); // distinct creation times: the order they were made in
    }
}
