using FactBot.Storage.Database;
using LiteDB;

namespace FactBot.Storage.Migrations;

/// <summary>Brings a database up to the newest schema version, or refuses one written by a newer FactBot.</summary>
internal static class StorageMigrator
{
    public const string VersionKey = "schema_version";
    public const string ValueField = "value";

    public static int ReadVersion(LiteDatabase db) =>
        db.GetCollection(Collections.Meta).FindById(VersionKey)?[ValueField].AsInt32 ?? 0;

    /// <summary>Runs the steps above the stored version; returns the version the database is at afterwards.</summary>
    /// <exception cref="InvalidOperationException">The database is newer than this build understands.</exception>
    public static int Migrate(LiteDatabase db, IReadOnlyList<IStorageMigration> migrations, string location)
    {
        CheckOrdered(migrations);
        var latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        var stored = ReadVersion(db);
        if (stored > latest)
        {
            // Running older code on a newer schema could corrupt data it does not understand: stop at start-up.
            throw new InvalidOperationException(
                $"The database '{location}' has schema version {stored}, but this FactBot supports versions up to " +
                $"{latest}. Run the FactBot release that wrote it (or newer), or set FACTBOT__Storage__Path to another file.");
        }

        var meta = db.GetCollection(Collections.Meta);
        foreach (var migration in migrations.Where(m => m.Version > stored))
        {
            migration.Apply(db);
            meta.Upsert(new BsonDocument { ["_id"] = VersionKey, [ValueField] = migration.Version });
            stored = migration.Version;
        }

        return stored;
    }

    private static void CheckOrdered(IReadOnlyList<IStorageMigration> migrations)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"Storage migrations must be numbered 1, 2, 3, … in order; step {i + 1} says {migrations[i].Version}.");
            }
        }
    }
}
