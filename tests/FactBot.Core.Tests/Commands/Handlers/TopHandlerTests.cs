using FactBot.Core.Alerts;
using static FactBot.Core.Tests.Commands.Handlers.QueryCommandFixture;

namespace FactBot.Core.Tests.Commands.Handlers;

public sealed class TopHandlerTests
{
    private readonly QueryCommandFixture _fixture = new();

    private static Dictionary<string, double> Numbers(string key, double value) => new() { [key] = value };

    [Fact]
    public async Task HandleAsync_VolumeAlerts_RankedByRatioOneLinePerTarget()
    {
        await _fixture.Alerts.UpsertAsync(NewAlert("A-AAA1", "#a", signals: Numbers("ratio", 3), updated: Hour(20)));
        await _fixture.Alerts.UpsertAsync(NewAlert("A-AAA2", "#a", signals: Numbers("ratio", 5), updated: Hour(10), status: AlertStatus.Closed));
        await _fixture.Alerts.UpsertAsync(NewAlert("A-BBB1", "#b", signals: Numbers("ratio", 8), updated: Hour(15)));
        _fixture.AdvanceTo(Hour(21));

        var reply = await _fixture.SendAsync("/top");

        var lines = Field(reply, "Volume surges").Split('\n');
        Assert.Equal(["#b", "#a"], lines.Select(l => l.Split(" · ")[0]));
        Assert.StartsWith("#a · ×5.0 usual · A-AAA2 · closed", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_KindFilter_RanksThatKindByItsOwnStrength()
    {
        await _fixture.Alerts.UpsertAsync(NewAlert("A-VOL1", "#a", signals: Numbers("ratio", 9), updated: Hour(2)));
        await _fixture.Alerts.UpsertAsync(NewAlert("A-SMALL", "#c", AlertKind.Coordination, Hour(2), signals: Numbers("members", 3)));
        await _fixture.Alerts.UpsertAsync(NewAlert("A-LARGE", "#d", AlertKind.Coordination, Hour(1), signals: Numbers("members", 12)));
        await _fixture.Alerts.UpsertAsync(NewAlert("A-SHARE", "#e", AlertKind.StateMediaSurge, Hour(1), signals: Numbers("share", 0.4)));
        _fixture.AdvanceTo(Hour(3));

        var coordination = await _fixture.SendAsync("/top kind:coordination");
        var all = await _fixture.SendAsync("/top");

        var section = Assert.Single(coordination.Message.Fields);
        Assert.Equal(["#d · 12 accounts", "#c · 3 accounts"], section.Value.Split('\n').Select(l => string.Join(" · ", l.Split(" · ").Take(2))));
        Assert.Contains("#e · 40% labelled", Field(all, "State-media surges"), StringComparison.Ordinal);
        Assert.Equal(3, all.Message.Fields.Count);
    }

    [Fact]
    public async Task HandleAsync_OpenAlertOlderThanSince_StillCounts()
    {
        await _fixture.Alerts.UpsertAsync(NewAlert("A-LONG", "#a", signals: Numbers("ratio", 4), updated: Hour(1)));
        _fixture.AdvanceTo(Hour(100));

        var reply = await _fixture.SendAsync("/top since:1h");

        Assert.Contains("A-LONG", Field(reply, "Volume surges"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_WatchedTargetRisingInTheOpenBin_IsListed()
    {
        await _fixture.WatchAsync("#rising", "#quiet");
        for (var hour = 0; hour < 30; hour++)
        {
            await _fixture.IngestAsync(PostsInHour("rising", hour, 4));
            await _fixture.IngestAsync(PostsInHour("quiet", hour, 4));
        }

        await _fixture.IngestAsync(PostsInHour("rising", 30, 30).Select(p => p with { CreatedAt = Hour(30).AddMinutes(10) }));
        await _fixture.IngestAsync(PostsInHour("quiet", 30, 2).Select(p => p with { CreatedAt = Hour(30).AddMinutes(10) }));
        _fixture.AdvanceTo(Hour(30.5));
        var status = _fixture.Surge.GetStatus("#rising", _fixture.Time.GetUtcNow())!;

        var reply = await _fixture.SendAsync("/top");

        var rising = Field(reply, "Rising in the open bin");
        Assert.StartsWith($"#rising · ×{status.Current.Ratio:0.0} · 30 so far", rising, StringComparison.Ordinal);
        Assert.DoesNotContain("#quiet", rising, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_NothingSurging_SaysSo()
    {
        await _fixture.Alerts.UpsertAsync(NewAlert("A-SHUT", "#a", updated: Hour(1), status: AlertStatus.Closed));
        _fixture.AdvanceTo(Hour(100));

        var reply = await _fixture.SendAsync("/top");

        Assert.Equal("Nothing surging", reply.Message.Title);
        Assert.Empty(reply.Message.Fields);
    }
}
