using FactBot.Core.Alerts;
using FactBot.Core.Delivery;
using FactBot.Core.Messages;
using FactBot.Core.Subscriptions;
using FactBot.TestKit.Alerts;
using FactBot.TestKit.Fakes;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Delivery;

public sealed class AlertRouterTests
{
    private static readonly DateTimeOffset Noon = PostBuilder.Epoch.AddHours(12);
    private readonly InMemorySubscriptionStore _subscriptions = new();
    private readonly InMemoryOutboxStore _outbox = new();

    private async Task<IReadOnlyList<OutboxMessage>> RouteAsync(Alert alert, AlertChangeKind kind, DateTimeOffset now)
    {
        var sut = new AlertRouter(_subscriptions, _outbox);
        await sut.HandleAsync([new AlertChange(kind, alert)], now);
        return await _outbox.QueryAsync(null, 100);
    }

    private static async Task<Alert> AlertAsync(Severity severity = Severity.Medium, string watchlist = "main")
    {
        var engine = new AlertEngine(new InMemoryAlertStore(), new AlertOptions());
        var changes = await engine.ApplyAsync([SignalBuilder.Surge(severity: severity, watchlist: watchlist)], Noon);
        return changes[0].Alert;
    }

    [Fact]
    public async Task HandleAsync_MatchingSubscription_EnqueuesTheAlertWithVerdictButtons()
    {
        await _subscriptions.UpsertAsync(new Subscription { Chat = new ChatRef("test", "c1") });
        var alert = await AlertAsync();

        var messages = await RouteAsync(alert, AlertChangeKind.Opened, Noon);

        var message = Assert.Single(messages);
        Assert.Equal(OutboxKind.Alert, message.Kind);
        Assert.Equal(alert.Id, message.AlertId);
        Assert.Contains(alert.Id, message.Message.Title, StringComparison.Ordinal);
        Assert.Equal(4, message.Message.Buttons.Count);
    }

    [Fact]
    public async Task HandleAsync_OtherWatchlistDigestOnlySuspendedOrBelowMinimum_EnqueuesNothing()
    {
        await _subscriptions.UpsertAsync(new Subscription { Chat = new ChatRef("test", "1"), Watchlist = "other" });
        await _subscriptions.UpsertAsync(new Subscription { Chat = new ChatRef("test", "2"), Mode = SubscriptionMode.Digest });
        await _subscriptions.UpsertAsync(new Subscription { Chat = new ChatRef("test", "3"), SuspendedReason = "kicked" });
        await _subscriptions.UpsertAsync(new Subscription { Chat = new ChatRef("test", "4"), MinSeverity = Severity.High });

        var messages = await RouteAsync(await AlertAsync(Severity.Medium), AlertChangeKind.Opened, Noon);

        Assert.Empty(messages);
    }

    [Fact]
    public async Task HandleAsync_InQuietHoursOfTheSubscribersZone_HoldsTheAlert()
    {
        // 12:00 UTC is 21:00 in Tokyo, inside 20:00–08:00 quiet hours there.
        await _subscriptions.UpsertAsync(new Subscription
        {
            Chat = new ChatRef("test", "c1"), TimeZone = "Asia/Tokyo", Quiet = new QuietHours(new TimeOnly(20, 0), new TimeOnly(8, 0)),
        });

        var quiet = await RouteAsync(await AlertAsync(), AlertChangeKind.Opened, Noon);
        var awake = await RouteAsync(await AlertAsync(), AlertChangeKind.Opened, Noon.AddHours(-4));

        Assert.Empty(quiet);
        Assert.Single(awake);
    }

    [Fact]
    public async Task HandleAsync_CriticalInQuietHours_GoesThroughWhenTheSubscriptionAllows()
    {
        await _subscriptions.UpsertAsync(new Subscription
        {
            Chat = new ChatRef("test", "c1"), Quiet = new QuietHours(new TimeOnly(0, 0), new TimeOnly(23, 59)), CriticalBypassesQuiet = true,
        });

        var messages = await RouteAsync(await AlertAsync(Severity.Critical), AlertChangeKind.Opened, Noon);

        Assert.Single(messages);
    }

    [Fact]
    public async Task HandleAsync_Update_EditsTheFirstMessage()
    {
        var chat = new ChatRef("test", "c1");
        await _subscriptions.UpsertAsync(new Subscription { Chat = chat });
        var alert = await AlertAsync();

        var messages = await RouteAsync(alert with { Revision = 2 }, AlertChangeKind.Updated, Noon);

        var update = Assert.Single(messages);
        Assert.Equal(OutboxKind.AlertUpdate, update.Kind);
        Assert.Equal(AlertRouter.FirstMessageId(alert.Id, chat), update.EditsOutboxId);
    }
}
