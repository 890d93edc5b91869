using FactBot.Core.Alerts;
using FactBot.Core.Delivery;
using FactBot.Core.Digests;
using FactBot.Core.Messages;
using FactBot.Core.Subscriptions;
using FactBot.TestKit.Alerts;
using FactBot.TestKit.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Core.Tests.Digests;

/// <summary>Alerts in quiet hours are held, not lost: the next digest carries them.</summary>
public sealed class QuietHoursDigestTests
{
    // 23:30 in Berlin (UTC+1 in March, before the clocks change).
    private static readonly DateTimeOffset LateEvening = new(2026, 3, 27, 22, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NextMorning = new(2026, 3, 28, 8, 0, 0, TimeSpan.Zero);

    private readonly InMemoryAlertStore _alerts = new();
    private readonly InMemorySubscriptionStore _subscriptions = new();
    private readonly InMemoryOutboxStore _outbox = new();
    private readonly FakeTimeProvider _time = new(LateEvening);

    private readonly Subscription _subscription = new()
    {
        Chat = new ChatRef("test", "c1"),
        TimeZone = "Europe/Berlin",
        Quiet = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0)),
        LastDigestAt = NextMorning.AddDays(-1),
    };

    [Fact]
    public async Task AlertInQuietHours_IsNotSentAndTheNextDigestListsIt()
    {
        await _subscriptions.UpsertAsync(_subscription);
        var alert = await OpenAndRouteAsync(Severity.Medium, "#donbas");

        Assert.Empty(_outbox.All);

        _time.SetUtcNow(NextMorning);
        var sent = await new DigestService(new DigestBuilder(_alerts), _subscriptions, _outbox, _time).SendAsync(_subscription.Id);

        Assert.True(sent);
        var digest = Assert.Single(_outbox.All);
        Assert.Equal(OutboxKind.Digest, digest.Kind);
        Assert.Contains($"{DigestBuilder.Line(alert)} · held in quiet hours", digest.Message.Footer, StringComparison.Ordinal);
        Assert.Equal(NextMorning, (await _subscriptions.GetAsync(_subscription.Id))!.LastDigestAt);
    }

    [Fact]
    public async Task CriticalAlertInQuietHours_GoesThroughAndIsNotMarkedHeld()
    {
        await _subscriptions.UpsertAsync(_subscription);
        var alert = await OpenAndRouteAsync(Severity.Critical, "#urgent");

        var message = Assert.Single(_outbox.All);
        Assert.Equal(OutboxKind.Alert, message.Kind);
        Assert.Equal(alert.Id, message.AlertId);

        _time.SetUtcNow(NextMorning);
        var digest = await new DigestBuilder(_alerts).BuildAsync(_subscription, _subscription.LastDigestAt!.Value, NextMorning);
        Assert.Contains(DigestBuilder.Line(alert), digest!.Footer, StringComparison.Ordinal);
        Assert.DoesNotContain("held in quiet hours", digest.Footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CriticalAlertInQuietHours_IsHeldToo_WhenTheSubscriptionSaysSo()
    {
        await _subscriptions.UpsertAsync(_subscription with { CriticalBypassesQuiet = false });

        await OpenAndRouteAsync(Severity.Critical, "#urgent");

        Assert.Empty(_outbox.All);
    }

    private async Task<Alert> OpenAndRouteAsync(Severity severity, string target)
    {
        var now = _time.GetUtcNow();
        var changes = await new AlertEngine(_alerts, new AlertOptions()).ApplyAsync([SignalBuilder.Surge(target, now, severity)], now);
        await new AlertRouter(_subscriptions, _outbox).HandleAsync(changes, now);
        return changes.Single().Alert;
    }
}
