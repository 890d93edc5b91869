using FactBot.Core.Alerts;
using FactBot.Core.Messages;
using FactBot.Core.Watchlists;
using Quartz;

namespace FactBot.Worker.Tests.Scheduling;

/// <summary>
/// A running Quartz scheduler on a fake clock: a subscription made with /subscribe gets its digests at the right
/// local times across Europe's spring clock change, through the digest job and the outbox.
/// </summary>
public sealed class DigestScheduleFiringTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly SchedulingHarness _h = new(new DateTimeOffset(2026, 3, 27, 12, 0, 0, TimeSpan.Zero));

    public ValueTask DisposeAsync() => _h.DisposeAsync();

    [Fact]
    public async Task DailyAtNineInBerlin_FiresAtEightUtcThenSevenUtcAfterTheClocksGoForward()
    {
        var scheduler = await _h.QuartzAsync();
        await scheduler.Start();
        var reply = await _h.AdminAsync("/subscribe mode:digest schedule:daily@09:00 tz:Europe/Berlin");
        Assert.Equal("2026-03-28 09:00 Europe/Berlin (08:00 UTC)", Assert.Single(reply.Message.Fields, f => f.Name == "Next digest").Value);
        var alert = await AddAlertAsync("A-SAT1", new DateTimeOffset(2026, 3, 27, 20, 0, 0, TimeSpan.Zero));

        var saturday = new DateTimeOffset(2026, 3, 28, 8, 0, 0, TimeSpan.Zero);
        _h.Time.SetUtcNow(saturday);
        await LastDigestReachesAsync(saturday);

        var digest = Assert.Single(_h.Outbox.All, m => m.Kind == OutboxKind.Digest);
        Assert.Equal(saturday, digest.CreatedAt);
        Assert.Contains(alert.Id, digest.Message.Footer, StringComparison.Ordinal);

        var sunday = new DateTimeOffset(2026, 3, 29, 7, 0, 0, TimeSpan.Zero);
        _h.Time.SetUtcNow(sunday);
        await LastDigestReachesAsync(sunday);

        var trigger = await _h.TriggerAsync("telegram:-100|main");
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero), trigger!.NextFireTimeUtc);
    }

    private async Task<Alert> AddAlertAsync(string id, DateTimeOffset at)
    {
        var alert = new Alert
        {
            Id = id,
            Kind = AlertKind.VolumeSurge,
            Target = WatchTarget.Parse("#donbas").Value!,
            OpenedAt = at,
            UpdatedAt = at,
            WindowStart = at.AddHours(-1),
            WindowEnd = at,
            Severity = Severity.High,
            Explanation = "test",
        };
        await _h.Alerts.UpsertAsync(alert);
        return alert;
    }

    /// <summary>Waits (in real time, for the scheduler's thread) until the digest job has run at <paramref name="at"/>.</summary>
    private async Task LastDigestReachesAsync(DateTimeOffset at)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while ((await _h.Subscriptions.GetAsync("telegram:-100|main"))?.LastDigestAt != at)
        {
            Assert.False(timeout.IsCancellationRequested, $"No digest at {at:O} within {Patience}.");
            await Task.Delay(10, CancellationToken.None);
        }
    }
}
