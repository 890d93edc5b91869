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

    private Task<IReadOnlyList<OutboxMessage>> RouteAsync(Alert alert, AlertChangeKind kind, DateTimeOffset now) =>
        RouteAsync(new AlertChange(kind, alert), now);

    // The messages this change enqueued (the outbox may hold earlier ones).
    private async Task<IReadOnlyList<OutboxMessage>> RouteAsync(AlertChange change, DateTimeOffset now)
    {
        var before = (await _outbox.QueryAsync(null, 1000)).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var sut = new AlertRouter(_subscriptions, _outbox);
        await sut.HandleAsync([change], now);
        return [.. (await _outbox.QueryAsync(null, 1000)).Where(m => !before.Contains(m.Id))];
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
    public async Task HandleAsync_Update_EditsTheFirstMessageSilently()
    {
        var chat = new ChatRef("test", "c1");
        await _subscriptions.UpsertAsync(new Subscription { Chat = chat });
        var alert = await AlertAsync();
        await RouteAsync(alert, AlertChangeKind.Opened, Noon);

        var messages = await RouteAsync(new AlertChange(AlertChangeKind.Updated, alert with { Revision = 2 }, Severity.Medium), Noon);

        var update = Assert.Single(messages, m => m.Kind != OutboxKind.Alert);
        Assert.Equal(OutboxKind.AlertUpdate, update.Kind);
        Assert.Equal(AlertRouter.FirstMessageId(alert.Id, chat), update.EditsOutboxId);
    }

    [Theory]
    [InlineData(Severity.Medium, Severity.High, true)]
    [InlineData(Severity.High, Severity.Critical, true)]
    [InlineData(Severity.Low, Severity.Medium, false)]
    [InlineData(Severity.High, Severity.High, false)]
    public async Task HandleAsync_RiseToHighOrAbove_SendsANoticeReplyingToTheFirstMessageAndEditsIt(Severity was, Severity now, bool notice)
    {
        var chat = new ChatRef("test", "c1");
        await _subscriptions.UpsertAsync(new Subscription { Chat = chat });
        var alert = await AlertAsync(was);
        await RouteAsync(alert, AlertChangeKind.Opened, Noon);
        var raised = alert with { Severity = now, Revision = 2 };

        var messages = await RouteAsync(new AlertChange(AlertChangeKind.Updated, raised, was), Noon.AddHours(1));

        Assert.Single(messages, m => m.Kind == OutboxKind.AlertUpdate);
        var notices = messages.Where(m => m.Kind == OutboxKind.AlertNotice).ToList();
        Assert.Equal(notice ? 1 : 0, notices.Count);
        if (notice)
        {
            Assert.Equal(AlertRouter.FirstMessageId(alert.Id, chat), notices[0].RepliesToOutboxId);
            Assert.Contains($"Now {now}", notices[0].Message.Title, StringComparison.Ordinal);
            Assert.Contains($"was {was}", notices[0].Message.Title, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task HandleAsync_ReopenedAlertTheChatHad_SendsANotice()
    {
        await _subscriptions.UpsertAsync(new Subscription { Chat = new ChatRef("test", "c1") });
        var alert = await AlertAsync();
        await RouteAsync(alert, AlertChangeKind.Opened, Noon);
        var reopened = alert with { Revision = 3, ReopenCount = 1 };

        var messages = await RouteAsync(new AlertChange(AlertChangeKind.Reopened, reopened, Severity.Medium), Noon.AddHours(8));

        Assert.Contains(messages, m => m.Kind == OutboxKind.AlertNotice && m.Message.Title.StartsWith("Re-opened", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_EscalationOfAnAlertHeldInQuietHours_IsSentAsTheAlertItselfNeverAsAnUpdate()
    {
        var chat = new ChatRef("test", "c1");
        await _subscriptions.UpsertAsync(new Subscription { Chat = chat, Quiet = new QuietHours(new TimeOnly(0, 0), new TimeOnly(23, 59)) });
        var alert = await AlertAsync(Severity.High);
        var held = await RouteAsync(alert, AlertChangeKind.Opened, Noon);
        var critical = alert with { Severity = Severity.Critical, Revision = 2 };

        var messages = await RouteAsync(new AlertChange(AlertChangeKind.Updated, critical, Severity.High), Noon.AddMinutes(30));

        Assert.Empty(held);
        var whole = Assert.Single(messages);
        Assert.Equal(OutboxKind.Alert, whole.Kind);
        Assert.Null(whole.EditsOutboxId);
        Assert.Equal(AlertRouter.FirstMessageId(alert.Id, chat), whole.Id);
        Assert.DoesNotContain("Update", whole.Message.Title, StringComparison.Ordinal);
        Assert.Contains("Critical", whole.Message.Fields[0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_UpdateOfAnAlertHeldInQuietHours_WhileStillQuiet_WaitsForTheDigest()
    {
        await _subscriptions.UpsertAsync(new Subscription { Chat = new ChatRef("test", "c1"), Quiet = new QuietHours(new TimeOnly(0, 0), new TimeOnly(23, 59)) });
        var alert = await AlertAsync();
        await RouteAsync(alert, AlertChangeKind.Opened, Noon);
        var updated = alert with { Revision = 2 };

        var messages = await RouteAsync(new AlertChange(AlertChangeKind.Updated, updated, Severity.Medium), Noon.AddMinutes(30));

        Assert.Empty(messages);
    }

    [Fact]
    public async Task HandleAsync_OverlappingWatchlists_EachChatHearsOnceWhenAnyOfItsSubscriptionsLetsItThrough()
    {
        var both = new ChatRef("test", "both");
        var warOnly = new ChatRef("test", "war");
        var highOnly = new ChatRef("test", "high");
        var digestOnly = new ChatRef("test", "digest");
        var elections = new ChatRef("test", "elections");
        await _subscriptions.UpsertAsync(new Subscription { Chat = both, Watchlist = "main" });
        await _subscriptions.UpsertAsync(new Subscription { Chat = both, Watchlist = "ukraine-war" });
        await _subscriptions.UpsertAsync(new Subscription { Chat = warOnly, Watchlist = "ukraine-war" });
        await _subscriptions.UpsertAsync(new Subscription { Chat = highOnly, Watchlist = "ukraine-war", MinSeverity = Severity.High });
        await _subscriptions.UpsertAsync(new Subscription { Chat = digestOnly, Watchlist = "ukraine-war", Mode = SubscriptionMode.Digest });
        await _subscriptions.UpsertAsync(new Subscription { Chat = elections, Watchlist = "elections" });
        var alert = await AlertAsync() with { Watchlists = ["main", "ukraine-war"] };

        var messages = await RouteAsync(alert, AlertChangeKind.Opened, Noon);

        Assert.Equal(["test:both", "test:war"], messages.Select(m => m.Chat.Key).Order(StringComparer.Ordinal));
        Assert.All(messages, m => Assert.Equal(OutboxKind.Alert, m.Kind));
    }

    [Fact]
    public async Task HandleAsync_OneSubscriptionQuietAnotherNot_TheChatHearsItNow()
    {
        var chat = new ChatRef("test", "c1");
        await _subscriptions.UpsertAsync(new Subscription { Chat = chat, Watchlist = "main", Quiet = new QuietHours(new TimeOnly(0, 0), new TimeOnly(23, 59)) });
        await _subscriptions.UpsertAsync(new Subscription { Chat = chat, Watchlist = "ukraine-war" });
        var alert = await AlertAsync() with { Watchlists = ["main", "ukraine-war"] };

        var messages = await RouteAsync(alert, AlertChangeKind.Opened, Noon);

        Assert.Equal(chat.Key + "|ukraine-war", Assert.Single(messages).SubscriptionId);
    }

    [Fact]
    public async Task HandleAsync_WithdrawalOfAnAlertTheChatNeverHeard_SendsNothing()
    {
        await _subscriptions.UpsertAsync(new Subscription { Chat = new ChatRef("test", "c1") });
        var alert = await AlertAsync() with { Status = AlertStatus.Withdrawn, Revision = 2 };

        var messages = await RouteAsync(alert, AlertChangeKind.Withdrawn, Noon);

        Assert.Empty(messages);
    }
}
