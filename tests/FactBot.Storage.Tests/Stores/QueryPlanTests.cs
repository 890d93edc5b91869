using FactBot.Core.Alerts;
using FactBot.Core.Messages;
using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using FactBot.Storage.Stores;
using LiteDB;

namespace FactBot.Storage.Tests.Stores;

/// <summary>
/// Each hot query must be one index range scan with no sort step, or a million posts become a full scan.
/// LiteDB explains its plan; these tests read it.
/// </summary>
public sealed class QueryPlanTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2024, 5, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private ILiteCollection<BsonDocument> Posts => _db.Database.Collection(Collections.Posts);

    [Fact]
    public void PostsByTarget_ScansTheTargetIndexWithoutSorting()
    {
        var plan = PostQueries.ByTarget(Posts, "#a", T0, T0.AddHours(1)).Limit(10).GetPlan();

        AssertIndexScan(plan, PostDocument.Targets);
    }

    [Fact]
    public void PostsByAuthor_ScansTheAuthorIndexWithoutSorting()
    {
        var plan = PostQueries.ByAuthor(Posts, "tiktok", "ann").Limit(10).GetPlan();

        AssertIndexScan(plan, PostDocument.Author);
    }

    [Fact]
    public void PostsCreatedBetween_BothDirections_ScanTheTimeIndexWithoutSorting()
    {
        AssertIndexScan(PostQueries.CreatedBetween(Posts, T0, T0.AddHours(1)).Limit(10).GetPlan(), PostDocument.Created);
        AssertIndexScan(PostQueries.CreatedBetweenNewestFirst(Posts, T0, T0.AddHours(1)).Limit(10).GetPlan(), PostDocument.Created);
    }

    [Fact]
    public void PostsAfterSequence_ScanThePrimaryIndexWithoutSorting()
    {
        AssertIndexScan(PostQueries.AfterSequence(Posts, 42, 10_000).GetPlan(), "_id");
    }

    [Fact]
    public void PostByKey_SeeksTheKeyIndex()
    {
        AssertIndexScan(PostQueries.ByKey(Posts, "tiktok:1").GetPlan(), PostDocument.Key);
    }

    [Fact]
    public void ExistingPostKeys_AreReadFromThePrimaryIndexAlone()
    {
        var plan = PostQueries.ExistingKeys(Posts, ["tiktok:1", "tiktok:2"]).GetPlan();

        Assert.Equal(PostDocument.Key, plan["index"]["name"].AsString);
        Assert.Equal("index", plan["lookup"]["loader"].AsString);
    }

    [Fact]
    public void DueOutboxKeys_AreReadFromTheDueIndexAlone()
    {
        var outbox = _db.Database.Collection(Collections.Outbox);

        var plan = OutboxQueries.DueKeys(outbox, OutboxState.Pending, "0000").GetPlan();

        Assert.Equal(OutboxDocument.StateDue, plan["index"]["name"].AsString);
        Assert.Equal("index", plan["lookup"]["loader"].AsString);
    }

    [Fact]
    public void OutboxNewestFirst_WithAndWithoutState_ScanAnIndexWithoutSorting()
    {
        var outbox = _db.Database.Collection(Collections.Outbox);

        AssertIndexScan(OutboxQueries.NewestFirst(outbox, OutboxState.Dead, 10).GetPlan(), OutboxDocument.StateCreated);
        AssertIndexScan(OutboxQueries.NewestFirst(outbox, null, 10).GetPlan(), OutboxDocument.CreatedOrder);
    }

    [Fact]
    public void RecentAlerts_WithAndWithoutTarget_ScanAnIndexWithoutSorting()
    {
        var alerts = _db.Database.Collection(Collections.Alerts);

        AssertIndexScan(LiteDbAlertStore.Recent(alerts, "#a", AlertKind.VolumeSurge, T0, 10).GetPlan(), AlertDocument.TargetOrder);
        AssertIndexScan(LiteDbAlertStore.Recent(alerts, null, null, null, 10).GetPlan(), AlertDocument.UpdatedOrder);
    }

    private static void AssertIndexScan(BsonDocument plan, string index)
    {
        Assert.Equal(index, plan["index"]["name"].AsString);
        Assert.False(plan.ContainsKey("orderBy"), $"LiteDB sorts in memory: {plan}");
    }
}
