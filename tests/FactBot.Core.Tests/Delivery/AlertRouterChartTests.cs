using FactBot.Core.Alerts;
using FactBot.Core.Delivery;
using FactBot.Core.Messages;
using FactBot.Core.Subscriptions;
using FactBot.TestKit.Fakes;
using static FactBot.Core.Tests.Delivery.ChartFixture;

namespace FactBot.Core.Tests.Delivery;

/// <summary>Charts on routed alerts: drawn once per alert change, on new and re-opened alerts only, never in the way.</summary>
public sealed class AlertRouterChartTests
{
    private const int Hours = 30;
    private static readonly DateTimeOffset Now = Hour(Hours);
    private readonly InMemorySubscriptionStore _subscriptions = new();
    private readonly InMemoryOutboxStore _outbox = new();

    private async Task<IReadOnlyList<OutboxMessage>> RouteAsync(RecordingChartRenderer renderer, AlertChangeKind kind, int subscribers = 1)
    {
        for (var i = 0; i < subscribers; i++)
            await _subscriptions.UpsertAsync(new Subscription { Chat = new ChatRef("test", $"c{i}") });
        var sut = new AlertRouter(_subscriptions, _outbox, new AlertCharts(Detector(Hours, Daily), renderer));
        var alert = Alert(Hour(Hours - 1), Now) with { Revision = kind == AlertChangeKind.Opened ? 1 : 2 };
        if (kind == AlertChangeKind.Updated)
        {
            // An update edits what the chats already have.
            for (var i = 0; i < subscribers; i++)
                await _outbox.EnqueueAsync(Sent(AlertRouter.FirstMessageId(alert.Id, new ChatRef("test", $"c{i}")), alert.Id));
        }

        await sut.HandleAsync([new AlertChange(kind, alert)], Now);
        return [.. (await _outbox.QueryAsync(null, 100)).Where(m => m.State != OutboxState.Sent)];
    }

    private static OutboxMessage Sent(string id, string alertId) => new()
    {
        Id = id, Chat = new ChatRef("test", "c0"), Kind = OutboxKind.Alert, Message = new ChatMessage { Title = alertId },
        AlertId = alertId, State = OutboxState.Sent, CreatedAt = Now, DueAt = Now, PlatformMessageId = "1",
    };

    [Theory]
    [InlineData(AlertChangeKind.Opened)]
    [InlineData(AlertChangeKind.Reopened)]
    public async Task HandleAsync_NewOrReopenedAlert_AttachesTheChart(AlertChangeKind kind)
    {
        var renderer = new RecordingChartRenderer();

        var messages = await RouteAsync(renderer, kind);

        Assert.Equal(RecordingChartRenderer.Png, Assert.Single(messages).Message.ChartPng);
        Assert.Equal(Key, Assert.Single(renderer.Requests).Title);
    }

    [Fact]
    public async Task HandleAsync_ManySubscribers_RendersOncePerChange()
    {
        var renderer = new RecordingChartRenderer();

        var messages = await RouteAsync(renderer, AlertChangeKind.Opened, subscribers: 3);

        Assert.Equal(3, messages.Count);
        Assert.All(messages, m => Assert.Equal(RecordingChartRenderer.Png, m.Message.ChartPng));
        Assert.Single(renderer.Requests);
    }

    [Fact]
    public async Task HandleAsync_Update_SendsNoChartAndDrawsNone()
    {
        var renderer = new RecordingChartRenderer();

        var messages = await RouteAsync(renderer, AlertChangeKind.Updated);

        Assert.Null(Assert.Single(messages).Message.ChartPng);
        Assert.Empty(renderer.Requests);
    }

    [Fact]
    public async Task HandleAsync_NoSubscriberWantsIt_DrawsNothing()
    {
        var renderer = new RecordingChartRenderer();

        var messages = await RouteAsync(renderer, AlertChangeKind.Opened, subscribers: 0);

        Assert.Empty(messages);
        Assert.Empty(renderer.Requests);
    }

    [Fact]
    public async Task HandleAsync_RendererThrows_StillEnqueuesTheAlertWithoutChart()
    {
        var renderer = new RecordingChartRenderer { Throw = true };

        var messages = await RouteAsync(renderer, AlertChangeKind.Opened);

        var message = Assert.Single(messages);
        Assert.Null(message.Message.ChartPng);
        Assert.Contains("A-TEST", message.Message.Title, StringComparison.Ordinal);
    }
}
