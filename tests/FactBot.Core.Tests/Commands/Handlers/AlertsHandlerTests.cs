using FactBot.Core.Alerts;
using FactBot.Core.Digests;
using static FactBot.Core.Tests.Commands.Handlers.QueryCommandFixture;

namespace FactBot.Core.Tests.Commands.Handlers;

public sealed class AlertsHandlerTests
{
    private readonly QueryCommandFixture _fixture = new();

    private async Task<List<Alert>> StoreAsync(params Alert[] alerts)
    {
        foreach (var alert in alerts)
            await _fixture.Alerts.UpsertAsync(alert);
        return [.. alerts];
    }

    [Fact]
    public async Task HandleAsync_Defaults_ListsTheNewestTenOfTheLastDayOneLineEach()
    {
        var alerts = await StoreAsync([.. Enumerable.Range(0, 12).Select(i => NewAlert($"A-N{i:D3}", $"#tag{i}", updated: Hour(30 + i)))]);
        await StoreAsync(NewAlert("A-OLD1", "#old", updated: Hour(10)));
        _fixture.AdvanceTo(Hour(42));

        var reply = await _fixture.SendAsync("/alerts");

        var lines = reply.Message.Summary.Split('\n');
        string[] expected = [.. alerts.OrderByDescending(a => a.UpdatedAt).Take(10).Select(DigestBuilder.Line)];
        Assert.Equal(expected, lines);
        Assert.DoesNotContain("A-OLD1", reply.Message.Summary, StringComparison.Ordinal);
        Assert.Contains("newest 10", reply.Message.Footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_TargetKindSinceAndLimit_FilterTheList()
    {
        await StoreAsync(
            NewAlert("A-VOL1", "#donbas", updated: Hour(1)),
            NewAlert("A-COO1", "#donbas", AlertKind.Coordination, Hour(2)),
            NewAlert("A-COO2", "#donbas", AlertKind.Coordination, Hour(3)),
            NewAlert("A-COO3", "#other", AlertKind.Coordination, Hour(4)));
        _fixture.AdvanceTo(Hour(5 + (24 * 3)));

        var recent = await _fixture.SendAsync("/alerts #donbas kind:coordination");
        var older = await _fixture.SendAsync("/alerts #donbas kind:coordination since:7d");
        var one = await _fixture.SendAsync("/alerts #donbas kind:coordination since:7d limit:1");

        Assert.StartsWith("No alerts of kind coordination on #donbas in the last 24h", recent.Message.Title, StringComparison.Ordinal);
        Assert.Equal(["A-COO2", "A-COO1"], older.Message.Summary.Split('\n').Select(l => l.Split(" · ")[0]));
        Assert.Equal("A-COO2", one.Message.Summary.Split(" · ")[0]);
    }

    [Fact]
    public async Task HandleAsync_Line_SaysKindTargetSeverityAndWhy()
    {
        await StoreAsync(NewAlert("A-WHY1", "sound:123", signals: new Dictionary<string, double> { ["ratio"] = 4.24 }, updated: Hour(1)));
        _fixture.AdvanceTo(Hour(2));

        var reply = await _fixture.SendAsync("/alerts");

        Assert.Equal("A-WHY1 · volume · sound:123 · Medium · ×4.2 usual", reply.Message.Summary);
    }

    [Fact]
    public async Task HandleAsync_NothingInTime_SaysSoAndSuggestsWhatToTry()
    {
        _fixture.AdvanceTo(Hour(2));

        var reply = await _fixture.SendAsync("/alerts kind:state-media");

        Assert.Equal("No alerts of kind state-media in the last 24h", reply.Message.Title);
        Assert.Contains("since:7d", reply.Message.Summary, StringComparison.Ordinal);
    }
}
