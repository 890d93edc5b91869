using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Migrations;

/// <summary>Version 2: the verdicts collection's index by alert, so an alert's tally is one index seek.</summary>
internal sealed class AddVerdictsMigration : IStorageMigration
{
    public int Version => 2;

    public void Apply(LiteDatabase db) =>
        db.GetCollection(Collections.Verdicts).EnsureIndex(VerdictDocument.AlertId, "$." + VerdictDocument.AlertId);
}
