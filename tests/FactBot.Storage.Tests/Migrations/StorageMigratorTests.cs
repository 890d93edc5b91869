using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using FactBot.TestKit.Posts;
using FactBot.Storage.Migrations;
using LiteDB;
using LiteDB.Engine;

namespace FactBot.Storage.Tests.Migrations;

public sealed class StorageMigratorTests : IDisposable
{
    private readonly MemoryStream _stream = new();

    public void Dispose() => _stream.Dispose();

    [Fact]
    public void Open_NewDatabase_IsAtTheLatestVersionWithItsIndexes()
    {
        using var sut = FactBotDatabase.Open(_stream);

        Assert.Equal(StorageMigrations.All[^1].Version, sut.SchemaVersion);
        Assert.Equal(StorageMigrations.All[^1].Version, StorageMigrator.ReadVersion(sut.Db));
        Assert.Contains(PostDocument.Targets, IndexNames(sut.Db, Collections.Posts));
        Assert.DoesNotContain(PostDocument.TargetOrder, IndexNames(sut.Db, Collections.Posts));
        Assert.Contains("StateDue", IndexNames(sut.Db, Collections.Outbox));
    }

    [Fact]
    public void Open_DatabaseAtVersionZero_IsMigratedAndKeepsItsData()
    {
        using (var old = RawDatabase())
        {
            old.GetCollection(Collections.Meta).Upsert(Version(0));
            old.GetCollection(Collections.Posts).Insert(V2Posts.ToDocument(PostBuilder.Create("1", text: "kept")));
        }

        using var sut = FactBotDatabase.Open(_stream);

        Assert.Equal(StorageMigrations.All[^1].Version, sut.SchemaVersion);
        Assert.Equal(StorageMigrations.All[^1].Version, StorageMigrator.ReadVersion(sut.Db));
        Assert.Contains(PostDocument.Created, IndexNames(sut.Db, Collections.Posts));
        Assert.Equal("kept", sut.Collection(Collections.Posts).FindById(1L)["t"].AsString);
    }

    [Fact]
    public void Open_DatabaseFromANewerFactBot_IsRefusedWithAClearMessage()
    {
        using (var newer = RawDatabase())
            newer.GetCollection(Collections.Meta).Upsert(Version(7));

        var error = Assert.Throws<InvalidOperationException>(() => FactBotDatabase.Open(_stream));

        Assert.Contains("schema version 7", error.Message, StringComparison.Ordinal);
        Assert.Contains($"up to {StorageMigrations.All[^1].Version}", error.Message, StringComparison.Ordinal);
        Assert.Contains("FACTBOT__Storage__Path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrate_RunsOnlyStepsAboveTheStoredVersion_InOrder()
    {
        var applied = new List<int>();
        IReadOnlyList<IStorageMigration> steps = [new Step(1, applied), new Step(2, applied), new Step(3, applied)];
        using var db = RawDatabase();
        db.GetCollection(Collections.Meta).Upsert(Version(1));

        var version = StorageMigrator.Migrate(db, steps, "test");
        var again = StorageMigrator.Migrate(db, steps, "test");

        Assert.Equal([2, 3], applied);
        Assert.Equal((3, 3), (version, again));
    }

    [Fact]
    public void Migrate_StepsOutOfOrder_IsABug()
    {
        using var db = RawDatabase();

        Assert.Throws<InvalidOperationException>(() => StorageMigrator.Migrate(db, [new Step(2, [])], "test"));
    }

    private LiteDatabase RawDatabase() =>
        new(new LiteEngine(new EngineSettings { DataStream = _stream, Collation = Collation.Binary }));

    private static BsonDocument Version(int version) =>
        new() { ["_id"] = StorageMigrator.VersionKey, [StorageMigrator.ValueField] = version };

    private static List<string> IndexNames(LiteDatabase db, string collection) =>
        db.GetCollection("$indexes").Find(Query.EQ("collection", collection)).Select(i => i["name"].AsString).ToList();

    private sealed class Step(int version, List<int> applied) : IStorageMigration
    {
        public int Version => version;

        public void Apply(LiteDatabase db) => applied.Add(version);
    }
}
