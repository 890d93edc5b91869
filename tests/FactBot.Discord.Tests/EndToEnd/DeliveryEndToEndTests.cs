using FactBot.Core.Alerts;
using FactBot.Core.Delivery;
using FactBot.Core.Messages;
using FactBot.Core.Subscriptions;
using FactBot.Core.Watchlists;
using FactBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Discord.Tests.EndToEnd;

/// <summary>Alerts through Core's outbox dispatcher and the Discord sender into the fake Discord.</summary>
public sealed class DeliveryEndToEndTests : IDisposable
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly string _state = Directory.CreateTempSubdirectory("factbot-discord-e2e-").FullName;

    private static Alert Alert(string explanation = "Posts ×3.4 vs usual for this hour") => new()
    {
        Id = "A-7K2F", Kind = AlertKind.VolumeSurge, Target = new WatchTarget(TargetKind.Hashtag, "donbas"),
        OpenedAt = Clock.Start, UpdatedAt = Clock.Start, WindowStart = Clock.Start, WindowEnd = Clock.Start.AddHours(1),
        Severity = Severity.High, Explanation = explanation,
    };

    private static async Task EnqueueAsync(TestStores stores, string channel, Alert alert)
    {
        var subscription = new Subscription { Chat = new ChatRef("discord", channel) };
        await stores.Subscriptions.UpsertAsync(subscription);
        await stores.Outbox.EnqueueAsync(new OutboxMessage
        {
            Id = $"alert:{alert.Id}:r1:discord:{channel}",
            Chat = subscription.Chat,
            Kind = OutboxKind.Alert,
            Message = AlertMessageFactory.Create(alert, AlertChangeKind.Opened) with { ChartPng = Png },
            AlertId = alert.Id,
            SubscriptionId = subscription.Id,
            CreatedAt = TimeProvider.System.GetUtcNow(), // the host runs on the real clock: a message's useful life counts from here
            DueAt = TimeProvider.System.GetUtcNow(),
        });
    }

    private static Task<int> SweepAsync(DiscordTestHost host) => host.Services.GetRequiredService<OutboxDispatcher>().SweepAsync();

    [Fact]
    public async Task SubscribedChannel_ReceivesTheAlertEmbedWithItsChartAndVerdictButtons()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var stores = new TestStores();
        await using var host = await DiscordTestHost.StartAsync(discord, stores, _state);
        await EnqueueAsync(stores, "555", Alert());

        Assert.Equal(1, await SweepAsync(host));

        var post = Assert.Single(discord.CallsTo("POST", "/channels/555/messages"));
        Assert.Equal(["files[0]:chart.png"], post.Files);
        var embed = post.Json!["embeds"]![0]!;
        Assert.Contains("A-7K2F", (string?)embed["title"], StringComparison.Ordinal);
        Assert.Equal("attachment://chart.png", (string?)embed["image"]!["url"]);
        var buttons = post.Json["components"]![0]!["components"]!.AsArray().Select(b => (string)b!["custom_id"]!);
        Assert.Contains("verdict:A-7K2F:organic", buttons);
        var sent = (await stores.Outbox.QueryAsync(OutboxState.Sent, 10)).Single();
        Assert.NotNull(sent.PlatformMessageId);
    }

    [Fact]
    public async Task RateLimitedPost_IsRetriedAfterRetryAfterAndArrivesOnce()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.RateLimitNextPosts.Enqueue(0.3);
        var stores = new TestStores();
        await using var host = await DiscordTestHost.StartAsync(discord, stores, _state);
        await EnqueueAsync(stores, "555", Alert());

        await SweepAsync(host);
        await SweepAsync(host);

        Assert.Equal(1, discord.RateLimited);
        Assert.Single(discord.CallsTo("POST", "/channels/555/messages"));
        Assert.Single(await stores.Outbox.QueryAsync(OutboxState.Sent, 10));
    }

    [Fact]
    public async Task CaptionWithEveryone_PingsNoOne()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var stores = new TestStores();
        await using var host = await DiscordTestHost.StartAsync(discord, stores, _state);
        await EnqueueAsync(stores, "555", Alert("@everyone the caption says @here and <@&123> too"));

        await SweepAsync(host);

        var post = Assert.Single(discord.CallsTo("POST", "/channels/555/messages"));
        Assert.Equal("""{"parse":[]}""", post.Json!["allowed_mentions"]!.ToJsonString());
        Assert.Null(post.Json["content"]); // embeds never ping; nothing is put in content
    }

    [Fact]
    public async Task ChannelThatRefusesTheBot_SuspendsTheSubscriptionWithTheReason()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.ForbiddenChannels["666"] = true;
        var stores = new TestStores();
        await using var host = await DiscordTestHost.StartAsync(discord, stores, _state);
        await EnqueueAsync(stores, "666", Alert());

        await SweepAsync(host);

        var subscription = Assert.Single(await stores.Subscriptions.ListAsync());
        Assert.Contains("Missing Access", subscription.SuspendedReason, StringComparison.Ordinal);
        Assert.Single(await stores.Outbox.QueryAsync(OutboxState.Dead, 10));
    }

    [Fact]
    public async Task AnOutage_ThenRecovery_DeliversEveryMessageOnceInOrder()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.OutageStatus = 503;
        var stores = new TestStores();
        await using var host = await DiscordTestHost.StartAsync(discord, stores, _state, settings: FastRetries);
        foreach (var id in new[] { "A-0001", "A-0002", "A-0003" })
        {
            await EnqueueAsync(stores, "555", Alert() with { Id = id });
            await Task.Delay(5);
        }

        for (var i = 0; i < 5; i++)
            await SweepAfterAsync(host, TimeSpan.FromMilliseconds(120));
        var duringOutage = await stores.Outbox.QueryAsync(OutboxState.Sent, 10);
        discord.OutageStatus = null;
        await Eventually(async () => (await stores.Outbox.QueryAsync(OutboxState.Sent, 10)).Count == 3, host);

        Assert.Empty(duringOutage);
        var titles = discord.CallsTo("POST", "/channels/555/messages").Select(c => (string)c.Json!["embeds"]![0]!["title"]!).ToList();
        Assert.Equal(3, titles.Count);
        Assert.Collection(titles,
            t => Assert.Contains("A-0001", t, StringComparison.Ordinal),
            t => Assert.Contains("A-0002", t, StringComparison.Ordinal),
            t => Assert.Contains("A-0003", t, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAnswerLostAfterDiscordPosted_IsRetriedWithTheSameNonce_AndPostsNoDuplicate()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.LoseNextAnswer = true;
        var stores = new TestStores();
        await using var host = await DiscordTestHost.StartAsync(discord, stores, _state, settings: FastRetries);
        await EnqueueAsync(stores, "555", Alert());

        await Eventually(async () => (await stores.Outbox.QueryAsync(OutboxState.Sent, 10)).Count == 1, host);

        var post = Assert.Single(discord.CallsTo("POST", "/channels/555/messages"));
        Assert.True(post.Json!["enforce_nonce"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ANotice_RepliesToTheAlertItIsAbout()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var stores = new TestStores();
        await using var host = await DiscordTestHost.StartAsync(discord, stores, _state);
        await EnqueueAsync(stores, "555", Alert());
        await SweepAsync(host);
        var first = (await stores.Outbox.QueryAsync(OutboxState.Sent, 10)).Single();
        var raised = Alert() with { Severity = Severity.Critical, Revision = 2 };
        await stores.Outbox.EnqueueAsync(new OutboxMessage
        {
            Id = "notice", Chat = first.Chat, Kind = OutboxKind.AlertNotice,
            Message = AlertMessageFactory.Notice(new AlertChange(AlertChangeKind.Updated, raised, Severity.High)),
            RepliesToOutboxId = first.Id, CreatedAt = TimeProvider.System.GetUtcNow(), DueAt = TimeProvider.System.GetUtcNow(),
        });

        await SweepAsync(host);

        var notice = discord.CallsTo("POST", "/channels/555/messages").Last();
        Assert.Equal(first.PlatformMessageId, (string?)notice.Json!["message_reference"]!["message_id"]);
        Assert.Contains("Now Critical", (string?)notice.Json["embeds"]![0]!["title"], StringComparison.Ordinal);
    }

    private static readonly Dictionary<string, string?> FastRetries = new()
    {
        ["Core:Delivery:RetryBaseDelay"] = "00:00:00.100",
        ["Core:Delivery:RetryMaxDelay"] = "00:00:01",
    };

    private static async Task SweepAfterAsync(DiscordTestHost host, TimeSpan wait)
    {
        await Task.Delay(wait);
        await SweepAsync(host);
    }

    private static async Task Eventually(Func<Task<bool>> condition, DiscordTestHost host)
    {
        for (var i = 0; i < 200 && !await condition(); i++)
            await SweepAfterAsync(host, TimeSpan.FromMilliseconds(50));
        Assert.True(await condition(), "the outbox did not get there in 10 s");
    }

    public void Dispose() => Directory.Delete(_state, recursive: true);
}
