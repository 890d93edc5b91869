using FactBot.Core.Alerts;
using FactBot.Core.Watchlists;
using FactBot.Storage.Stores;

namespace FactBot.Storage.Tests.Stores;

public sealed class LiteDbAlertStoreTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2024, 5, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task UpsertAsync_SameId_ReplacesAndMovesItInTheIndexes()
    {
        var sut = new LiteDbAlertStore(_db.Database);
        await sut.UpsertAsync(Alert("A-1", "#a", T0));

        await sut.UpsertAsync(Alert("A-1", "#b", T0.AddHours(1)) with { Status = AlertStatus.Closed, Revision = 2 });

        Assert.Equal(2, (await sut.GetAsync("A-1"))!.Revision);
        Assert.Empty(await sut.QueryAsync("#a", null, null, 10));
        Assert.Single(await sut.QueryAsync("#b", null, null, 10));
        Assert.Empty(await sut.GetOpenAsync());
    }

    [Fact]
    public async Task GetOpenAsync_ReturnsOpenAndUpdatedNewestUpdateFirst()
    {
        var sut = new LiteDbAlertStore(_db.Database);
        await sut.UpsertAsync(Alert("A-1", "#a", T0));
        await sut.UpsertAsync(Alert("A-2", "#a", T0.AddMinutes(5)) with { Status = AlertStatus.Updated });
        await sut.UpsertAsync(Alert("A-3", "#a", T0.AddMinutes(9)) with { Status = AlertStatus.Closed });

        var open = await sut.GetOpenAsync();

        Assert.Equal(["A-2", "A-1"], open.Select(a => a.Id));
    }

    [Fact]
    public async Task GetLatestByDedupeKeyAsync_ReturnsTheMostRecentlyOpenedOfThatKey()
    {
        var sut = new LiteDbAlertStore(_db.Database);
        var older = Alert("A-1", "#a", T0.AddHours(5)) with { OpenedAt = T0, Status = AlertStatus.Closed };
        var newer = Alert("A-2", "#a", T0.AddHours(2)) with { OpenedAt = T0.AddHours(1) };
        await sut.UpsertAsync(older);
        await sut.UpsertAsync(newer);
        await sut.UpsertAsync(Alert("A-3", "#a", T0.AddHours(9)) with { Kind = AlertKind.StateMediaSurge, OpenedAt = T0.AddHours(9) });
        await sut.UpsertAsync(Alert("A-4", "#a", T0.AddHours(9)) with { GroupKey = "g", OpenedAt = T0.AddHours(9) });

        var latest = await sut.GetLatestByDedupeKeyAsync(newer.DedupeKey);

        Assert.Equal("A-2", latest!.Id);
        Assert.Null(await sut.GetLatestByDedupeKeyAsync("VolumeSurge|#zzz"));
    }

    [Fact]
    public async Task QueryAsync_FiltersByTargetKindAndSinceNewestFirstWithinLimit()
    {
        var sut = new LiteDbAlertStore(_db.Database);
        await sut.UpsertAsync(Alert("A-1", "#a", T0.AddMinutes(-1)));
        await sut.UpsertAsync(Alert("A-2", "#a", T0));
        await sut.UpsertAsync(Alert("A-3", "#a", T0.AddMinutes(1)) with { Kind = AlertKind.Coordination });
        await sut.UpsertAsync(Alert("A-4", "#ab", T0.AddMinutes(2)));
        await sut.UpsertAsync(Alert("A-5", "#a", T0.AddMinutes(3)));
        await sut.UpsertAsync(Alert("A-6", "sound:1", T0.AddMinutes(4)));

        Assert.Equal(["A-5", "A-3", "A-2"], Ids(await sut.QueryAsync("#a", null, T0, 10)));
        Assert.Equal(["A-5", "A-2", "A-1"], Ids(await sut.QueryAsync("#a", AlertKind.VolumeSurge, null, 10)));
        Assert.Equal(["A-6", "A-5", "A-4", "A-3", "A-2"], Ids(await sut.QueryAsync(null, null, T0, 10)));
        Assert.Equal(["A-6", "A-5"], Ids(await sut.QueryAsync(null, null, null, 2)));
        Assert.Equal(["A-3"], Ids(await sut.QueryAsync(null, AlertKind.Coordination, null, 10)));
    }

    [Fact]
    public async Task ExistsAsync_KnowsStoredIdsOnly()
    {
        var sut = new LiteDbAlertStore(_db.Database);
        await sut.UpsertAsync(Alert("A-1", "#a", T0));

        Assert.True(await sut.ExistsAsync("A-1"));
        Assert.False(await sut.ExistsAsync("a-1"));
    }

    private static Alert Alert(string id, string target, DateTimeOffset updatedAt) => new()
    {
        Id = id,
        Kind = AlertKind.VolumeSurge,
        Target = WatchTarget.Parse(target).Value!,
        OpenedAt = updatedAt,
        UpdatedAt = updatedAt,
        WindowStart = updatedAt.AddHours(-1),
        WindowEnd = updatedAt,
        Severity = Severity.Medium,
        Explanation = id,
    };

    private static IEnumerable<string> Ids(IEnumerable<Alert> alerts) => alerts.Select(a => a.Id);
}
