namespace FactBot.Storage.Migrations;

/// <summary>The schema's history, oldest first. Append a step to change the schema; never edit a shipped one.</summary>
internal static class StorageMigrations
{
    public static IReadOnlyList<IStorageMigration> All { get; } = [new CreateIndexesMigration(), new AddVerdictsMigration(), new AddPostSequenceMigration(), new AddAlertWatchlistsMigration(), new AddOutboxChatQueueMigration()];
}
