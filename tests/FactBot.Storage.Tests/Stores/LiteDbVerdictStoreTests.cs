using FactBot.Core.Abstractions;
using FactBot.Core.Verdicts;
using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using FactBot.Storage.Migrations;
using FactBot.Storage.Stores;
using FactBot.TestKit.Fakes;
using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Storage.Tests.Stores;

public sealed class LiteDbVerdictStoreTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 27, 12, 0, 0, TimeSpan.Zero);
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task UpsertAsync_SameVoterOnTheSameAlert_ReplacesTheirVerdict()
    {
        var sut = new LiteDbVerdictStore(_db.Database);
        await sut.UpsertAsync(new Verdict("A-1", "telegram:1", VerdictValue.Coordinated, "first", T0));

        await sut.UpsertAsync(new Verdict("A-1", "telegram:1", VerdictValue.Organic, null, T0.AddMinutes(5)));

        Assert.Equal(new Verdict("A-1", "telegram:1", VerdictValue.Organic, null, T0.AddMinutes(5)), await sut.GetAsync("A-1", "telegram:1"));
        Assert.Single(await sut.ListForAlertAsync("A-1"));
    }

    [Fact]
    public async Task Verdict_RoundTripsEveryFieldAcrossARestart()
    {
        var verdict = new Verdict("A-7K2F", "discord:123456789012345678", VerdictValue.Misleading, "clip is from 2014 — see ‹link›", T0.AddTicks(1));
        await new LiteDbVerdictStore(_db.Database).UpsertAsync(verdict);

        var reopened = new LiteDbVerdictStore(_db.Reopen());

        Assert.Equal(verdict, await reopened.GetAsync("A-7K2F", "discord:123456789012345678"));
        Assert.Null(await reopened.GetAsync("A-7K2F", "discord:1"));
    }

    [Fact]
    public async Task ListForAlertAsync_InMemoryAndLiteDb_GiveThatAlertsVerdictsOldestFirstTiesByVoter()
    {
        var expected = await FillAndListAsync(new LiteDbVerdictStore(_db.Database));

        var actual = await FillAndListAsync(new InMemoryVerdictStore());

        Assert.Equal(["telegram:2", "telegram:1", "telegram:3"], expected.Select(v => v.VoterKey));
        Assert.All(expected, v => Assert.Equal("A-1", v.AlertId));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ByAlert_ScansTheAlertIndex()
    {
        var plan = LiteDbVerdictStore.ByAlert(_db.Database.Collection(Collections.Verdicts), "A-1").GetPlan();

        Assert.Equal(VerdictDocument.AlertId, plan["index"]["name"].AsString);
    }

    [Fact]
    public void Open_DatabaseAtVersionOne_GetsTheVerdictIndex()
    {
        using var stream = new MemoryStream();
        using (var v1 = FactBotDatabase.Open(stream, [new CreateIndexesMigration()]))
            Assert.Equal(1, v1.SchemaVersion);

        using var sut = FactBotDatabase.Open(stream);

        Assert.Equal(StorageMigrations.All[^1].Version, sut.SchemaVersion);
        Assert.Contains(VerdictDocument.AlertId, sut.Db.GetCollection("$indexes")
            .Find(Query.EQ("collection", Collections.Verdicts)).Select(i => i["name"].AsString));
    }

    [Fact]
    public void AddFactBotStorage_RegistersTheVerdictStoreOnTheSharedDatabase()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Storage:Path", ":memory:")]).Build();
        using var provider = new ServiceCollection().AddFactBotStorage(configuration).BuildServiceProvider();

        Assert.IsType<LiteDbVerdictStore>(provider.GetRequiredService<IVerdictStore>());
    }

    private static async Task<List<Verdict>> FillAndListAsync(IVerdictStore store)
    {
        await store.UpsertAsync(new Verdict("A-1", "telegram:3", VerdictValue.Unsure, null, T0.AddMinutes(2)));
        await store.UpsertAsync(new Verdict("A-1", "telegram:1", VerdictValue.Organic, null, T0.AddMinutes(1)));
        await store.UpsertAsync(new Verdict("A-2", "telegram:1", VerdictValue.Organic, null, T0));
        await store.UpsertAsync(new Verdict("A-10", "telegram:1", VerdictValue.Organic, null, T0));
        await store.UpsertAsync(new Verdict("A-1", "telegram:2", VerdictValue.Coordinated, null, T0.AddMinutes(1)));
        await store.UpsertAsync(new Verdict("A-1", "telegram:2", VerdictValue.Coordinated, "again", T0));
        return [.. await store.ListForAlertAsync("A-1")];
    }
}
