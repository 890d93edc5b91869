using System.Net;
using System.Text.RegularExpressions;
using FactBot.Core.Abstractions;
using FactBot.Core.Alerts;
using FactBot.Core.Detection;
using FactBot.Core.Messages;
using FactBot.Core.Subscriptions;
using FactBot.Core.Verdicts;
using FactBot.TestKit.Alerts;
using Microsoft.Extensions.DependencyInjection;
using FactBot.Telegram.Tests.Support;

namespace FactBot.Telegram.Tests.EndToEnd;

/// <summary>Alerts and other outbox messages delivered to Telegram chats through the emulator, and what chats do back.</summary>
[Collection(TelegramPeerCollection.Name)]
public sealed class DeliveryEndToEndTests(TelegramPeer peer)
{
    private const long Volunteer = 7;

    [Fact]
    public async Task Alert_ToASubscribedGroup_ArrivesWithChartAndVerdictButtons_AndAPressRecordsTheVerdict()
    {
        const long group = -100301;
        await using var bot = await BotHost.StartAsync(peer, "3001:ALERT");
        await SubscribeAsync(bot, group);
        await ChartableHistoryAsync(bot);

        var alert = await RaiseAlertAsync(bot);

        var sent = await bot.User.WaitForBotMessageAsync(group, m => PeerClient.TextOf(m).Contains(alert.Id, StringComparison.Ordinal));
        Assert.True(sent["message"]!["photo_bytes"]!.GetValue<int>() == FixedChartRenderer.Png.Length, sent.ToJsonString());
        Assert.Contains("#donbas", PeerClient.TextOf(sent), StringComparison.Ordinal);
        var buttons = sent["message"]!["reply_markup"]!["inline_keyboard"]!.AsArray().SelectMany(row => row!.AsArray()).ToList();
        Assert.Equal(
            AlertMessageFactory.VerdictValues.Select(v => $"verdict:{alert.Id}:{v}"),
            buttons.Select(b => b!["callback_data"]!.GetValue<string>()));

        await bot.User.PressAsync(sent, Volunteer, $"verdict:{alert.Id}:organic");

        await Eventually.TrueAsync(async () => (await bot.Get<IVerdictStore>().ListForAlertAsync(alert.Id)).Count == 1, bot);
        var verdict = Assert.Single(await bot.Get<IVerdictStore>().ListForAlertAsync(alert.Id));
        Assert.Equal(VerdictValue.Organic, verdict.Value);
        Assert.Equal($"telegram:{Volunteer}", verdict.VoterKey);
        await Eventually.TrueAsync(async () => (await bot.User.CallsAsync()).Any(c => c["m"]!.GetValue<string>() == "answerCallbackQuery"
            && c["body"]!["text"]!.GetValue<string>().Contains("organic", StringComparison.Ordinal)), bot);
    }

    [Fact]
    public async Task AnUpdatedAlert_EditsTheMessageItWasSentIn()
    {
        const long group = -100305;
        await using var bot = await BotHost.StartAsync(peer, "3005:EDIT");
        await SubscribeAsync(bot, group);
        await ChartableHistoryAsync(bot);
        var alert = await RaiseAlertAsync(bot);
        await bot.User.WaitForBotMessageAsync(group, m => PeerClient.TextOf(m).Contains(alert.Id, StringComparison.Ordinal));

        var updated = await RaiseAlertAsync(bot, count: 80);

        Assert.Equal(alert.Id, updated.Id);
        var edited = await bot.User.WaitForBotMessageAsync(group, m => PeerClient.TextOf(m).StartsWith("<b>Update: ", StringComparison.Ordinal));
        Assert.Contains("80", PeerClient.TextOf(edited), StringComparison.Ordinal);
        Assert.Single(await bot.User.BotMessagesAsync(group), m => PeerClient.TextOf(m).Contains(alert.Id, StringComparison.Ordinal));
        Assert.Contains(await bot.User.CallsAsync(), c => c["m"]!.GetValue<string>() == "editMessageCaption");
    }

    [Fact]
    public async Task FloodControl429_DelaysAMessage_ButItArrivesExactlyOnce()
    {
        const long group = -100302;
        await using var bot = await BotHost.StartAsync(peer, "3002:FLOOD");
        await bot.User.FloodAsync(retryAfterSeconds: 1);

        await EnqueueAsync(bot, group, new ChatMessage { Title = "Digest after a flood" });

        var delivered = await WaitForSentAsync(bot, "e2e-" + group);
        var arrived = (await bot.User.BotMessagesAsync(group)).Where(m => PeerClient.TextOf(m).Contains("Digest after a flood", StringComparison.Ordinal));
        Assert.Single(arrived);
        Assert.Contains(await bot.User.CallsAsync(), c => c["m"]!.GetValue<string>() == "sendMessage:429" && c["chat_id"]!.GetValue<string>() == group.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(delivered.SentAt - delivered.CreatedAt >= TimeSpan.FromSeconds(1), $"sent after {delivered.SentAt - delivered.CreatedAt}");
    }

    [Fact]
    public async Task Forbidden403_SuspendsTheSubscription_VisiblyInSubscriptions()
    {
        const long group = -100303;
        await using var bot = await BotHost.StartAsync(peer, "3003:FORBID");
        var subscription = await SubscribeAsync(bot, group);
        await bot.User.ForbidAsync(group);

        await EnqueueAsync(bot, group, new ChatMessage { Title = "Never arrives" }, subscription.Id);

        await Eventually.TrueAsync(async () => (await bot.Get<ISubscriptionStore>().GetAsync(subscription.Id))?.SuspendedReason is not null, bot);
        await bot.User.AllowAsync(group);
        await bot.User.SendCommandAsync(group, Volunteer, "/subscriptions");
        var reply = await bot.User.WaitForBotMessageAsync(group, m => PeerClient.TextOf(m).Contains("subscriptions (1)", StringComparison.Ordinal));
        Assert.Contains("suspended: Telegram refused (403)", WebUtility.HtmlDecode(PeerClient.TextOf(reply)), StringComparison.Ordinal);
        Assert.Equal(OutboxState.Dead, (await bot.Get<IOutboxStore>().GetAsync("e2e-" + group))!.State);
    }

    [Fact]
    public async Task ACaptionWithMarkupAndMentions_ArrivesAsLiteralText()
    {
        const long group = -100304;
        const string title = "<b>not bold</b> & @everyone";
        await using var bot = await BotHost.StartAsync(peer, "3004:LITERAL");

        await EnqueueAsync(bot, group, new ChatMessage { Title = title, Summary = "a < b > c", ChartPng = FixedChartRenderer.Png });

        var sent = await bot.User.WaitForBotMessageAsync(group, m => m["message"]?["caption"] is not null);
        var caption = sent["message"]!["caption"]!.GetValue<string>();
        Assert.Equal("<b>&lt;b&gt;not bold&lt;/b&gt; &amp; @everyone</b>\na &lt; b &gt; c", caption);
        // What a reader sees: Telegram's own tags gone, entities decoded — the title exactly as written.
        Assert.Equal(title + "\na < b > c", WebUtility.HtmlDecode(Regex.Replace(caption, "<[^>]+>", "")));
    }

    private static async Task<Subscription> SubscribeAsync(BotHost bot, long group)
    {
        await bot.User.SendCommandAsync(group, TelegramPeer.AdminUserId, "/subscribe mode:alerts");
        await bot.User.WaitForBotMessageAsync(group, m => PeerClient.TextOf(m).Contains("Subscribed this chat", StringComparison.Ordinal));
        return Assert.Single(await bot.Get<ISubscriptionStore>().ListForChatAsync($"telegram:{group}"));
    }

    /// <summary>Posts on #donbas two hours ago, in bins the detector has closed, so an alert on it gets a chart.</summary>
    private static async Task ChartableHistoryAsync(BotHost bot)
    {
        var past = TimeProvider.System.GetUtcNow().AddHours(-2);
        for (var i = 0; i < 4; i++)
            await bot.User.PushUpdateAsync(Updates.ChannelPost(-1009002, "history_ch", $"earlier {i} #donbas", "#donbas", past));
        await Eventually.TrueAsync(async () => await bot.Get<IPostStore>().CountAsync() >= 4, bot);
        await bot.Get<DetectionEngine>().AdvanceAsync(TimeProvider.System.GetUtcNow(), emit: false);
    }

    /// <summary>An alert opened the way the detection engine opens one: the alert engine, then every change handler.</summary>
    private static async Task<Alert> RaiseAlertAsync(BotHost bot, double count = 50)
    {
        var now = TimeProvider.System.GetUtcNow();
        var hour = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerHour), TimeSpan.Zero);
        var changes = await bot.Get<AlertEngine>().ApplyAsync([SignalBuilder.Surge("#donbas", windowEnd: hour, count: count)], now);
        foreach (var handler in bot.Services.GetServices<IAlertChangeHandler>())
            await handler.HandleAsync(changes, now);
        return Assert.Single(changes).Alert;
    }

    private static async Task EnqueueAsync(BotHost bot, long group, ChatMessage message, string? subscriptionId = null)
    {
        var now = TimeProvider.System.GetUtcNow();
        await bot.Get<IOutboxStore>().EnqueueAsync(new OutboxMessage
        {
            Id = "e2e-" + group,
            Chat = new ChatRef("telegram", group.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Kind = OutboxKind.Digest,
            Message = message,
            SubscriptionId = subscriptionId,
            CreatedAt = now,
            DueAt = now,
        });
    }

    private static async Task<OutboxMessage> WaitForSentAsync(BotHost bot, string id)
    {
        OutboxMessage? message = null;
        await Eventually.TrueAsync(async () => (message = await bot.Get<IOutboxStore>().GetAsync(id))?.State == OutboxState.Sent, bot);
        return message!;
    }
}
