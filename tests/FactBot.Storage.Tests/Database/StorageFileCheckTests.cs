using System.Security.Cryptography;
using FactBot.Storage.Database;
using FactBot.Storage.Migrations;
using LiteDB;
using LiteDB.Engine;

namespace FactBot.Storage.Tests.Database;

/// <summary>Storage:Path is looked at before LiteDB touches it: what is not a FactBot database is refused and left as it was.</summary>
public sealed class StorageFileCheckTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("factbot-storage-check-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Fact]
    public void ATextFile_IsRefusedNamingTheSetting_AndOpeningItChangesNotOneByte()
    {
        var file = PathOf("README.md");
        File.WriteAllText(file, string.Concat(Enumerable.Repeat("# FactBot\nNot a database.\n", 700)));
        var before = SHA256.HashData(File.ReadAllBytes(file));

        var problem = StorageFileCheck.Problem(file);
        var open = Assert.Throws<InvalidOperationException>(() => FactBotDatabase.Open(file, StorageMigrations.All));

        Assert.Contains("is not a FactBot database", problem, StringComparison.Ordinal);
        Assert.Contains("FACTBOT__Storage__Path", problem, StringComparison.Ordinal);
        Assert.Equal(problem, open.Message);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(file)));
    }

    [Fact]
    public void ALiteDbFileOfAnotherProgram_IsRefusedAndLeftAsItWas()
    {
        var file = PathOf("other.db");
        using (var db = new LiteDatabase(file))
            db.GetCollection("customers").Insert(new BsonDocument { ["name"] = "x" });
        var before = SHA256.HashData(File.ReadAllBytes(file));

        var problem = StorageFileCheck.Problem(file);

        Assert.Contains("another program (collections customers)", problem, StringComparison.Ordinal);
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(file)));
    }

    [Fact]
    public void ADatabaseOfANewerFactBot_IsRefused()
    {
        var file = PathOf("newer.db");
        using (var db = new LiteDatabase(new LiteEngine(new EngineSettings { Filename = file, Collation = Collation.Binary })))
            db.GetCollection(Collections.Meta).Insert(new BsonDocument { ["_id"] = StorageMigrator.VersionKey, [StorageMigrator.ValueField] = 99 });

        Assert.Contains("written by a newer FactBot (schema version 99", StorageFileCheck.Problem(file), StringComparison.Ordinal);
    }

    [Fact]
    public void ADirectoryOrAPathUnderAFile_IsRefusedSayingWhy()
    {
        File.WriteAllText(PathOf("plain"), "x");

        Assert.Contains("is a directory", StorageFileCheck.Problem(_folder), StringComparison.Ordinal);
        Assert.Contains("cannot be created", StorageFileCheck.Problem(Path.Combine(PathOf("plain"), "factbot.db")), StringComparison.Ordinal);
    }

    [Fact]
    public void ANewPath_AnEmptyFile_AFactBotDatabaseAndMemory_AreFine()
    {
        var existing = PathOf("factbot.db");
        FactBotDatabase.Open(existing, StorageMigrations.All).Dispose();
        File.WriteAllBytes(PathOf("empty.db"), []);

        Assert.Null(StorageFileCheck.Problem(PathOf("data/new/factbot.db")));
        Assert.Null(StorageFileCheck.Problem(PathOf("empty.db")));
        Assert.Null(StorageFileCheck.Problem(existing));
        Assert.Null(StorageFileCheck.Problem(":memory:"));
        Assert.Empty(Directory.GetFiles(PathOf("data/new"))); // the writability probe leaves nothing behind
    }
}
