using LiteDB;

namespace FactBot.Storage.Migrations;

/// <summary>
/// One step of the schema. Steps run in order on open, each once, for versions above the stored one.
/// A step must be safe to run again: a crash between applying it and recording its version re-runs it.
/// </summary>
internal interface IStorageMigration
{
    int Version { get; }

    void Apply(LiteDatabase db);
}
