using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Migrations;

/// <summary>
/// Version 5: the outbox's per-chat queue index (<see cref="OutboxDocument.ChatQueue"/>), so a chat's messages wait for
/// its earlier ones across sweeps and restarts. Messages still waiting are rewritten to carry the key. Idempotent.
/// </summary>
internal sealed class AddOutboxChatQueueMigration : IStorageMigration
{
    public int Version => 5;

    public void Apply(LiteDatabase db)
    {
        var outbox = db.GetCollection(Collections.Outbox);
        outbox.EnsureIndex(OutboxDocument.ChatQueue, "$." + OutboxDocument.ChatQueue);
        var waiting = outbox.Find(Query.In("State", "Pending", "Retrying", "Sending")).ToList();
        foreach (var doc in waiting)
            outbox.Update(OutboxDocument.ToDocument(OutboxDocument.ToMessage(doc)));
    }
}
