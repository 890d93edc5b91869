using FactBot.Storage.Migrations;
using LiteDB;
using LiteDB.Engine;

namespace FactBot.Storage.Database;

/// <summary>
/// Owns the process's one <see cref="LiteDatabase"/> (LiteDB is thread-safe per instance, so every store shares
/// it). Opening migrates the schema. Strings compare ordinally, so keys that differ only in case stay distinct
/// and the composite order keys sort by code unit, whatever the machine's culture.
/// </summary>
internal sealed class FactBotDatabase : IDisposable
{
    private FactBotDatabase(LiteDatabase db, string location, int schemaVersion)
    {
        Db = db;
        Location = location;
        SchemaVersion = schemaVersion;
    }

    public LiteDatabase Db { get; }

    /// <summary>The file path, or <c>:memory:</c> / <c>:stream:</c>.</summary>
    public string Location { get; }

    public int SchemaVersion { get; }

    /// <summary>Whether posts keep their source record (<see cref="StorageOptions.KeepRawJson"/>).</summary>
    public bool KeepRawJson { get; private init; }

    public static FactBotDatabase Open(StorageOptions options) =>
        Open(options.Path, StorageMigrations.All, options.KeepRawJson);

    public static FactBotDatabase Open(string path, IReadOnlyList<IStorageMigration> migrations, bool keepRawJson = false)
    {
        // Checked before LiteDB sees the file: it would rewrite the header of anything it is given.
        if (StorageFileCheck.Problem(path) is { } problem)
            throw new InvalidOperationException(problem);
        var inMemory = path == StorageOptions.InMemory;
        var location = inMemory ? path : System.IO.Path.GetFullPath(path);

        var settings = new EngineSettings { Filename = location, Collation = Collation.Binary };
        return Open(new LiteDatabase(new LiteEngine(settings)), location, migrations, keepRawJson);
    }

    /// <summary>Opens a database kept in a caller-owned stream (tests); the stream is not disposed.</summary>
    public static FactBotDatabase Open(Stream stream, IReadOnlyList<IStorageMigration>? migrations = null, bool keepRawJson = false)
    {
        var settings = new EngineSettings { DataStream = stream, Collation = Collation.Binary };
        return Open(new LiteDatabase(new LiteEngine(settings)), ":stream:", migrations ?? StorageMigrations.All, keepRawJson);
    }

    public ILiteCollection<BsonDocument> Collection(string name) => Db.GetCollection(name);

    public void Dispose() => Db.Dispose();

    private static FactBotDatabase Open(LiteDatabase db, string location, IReadOnlyList<IStorageMigration> migrations, bool keepRawJson)
    {
        try
        {
            var version = StorageMigrator.Migrate(db, migrations, location);
            return new FactBotDatabase(db, location, version) { KeepRawJson = keepRawJson };
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }
}
