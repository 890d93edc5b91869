using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Migrations;

/// <summary>Version 1: the indexes every query of the stores relies on (each <c>_id</c> is indexed by LiteDB).</summary>
internal sealed class CreateIndexesMigration : IStorageMigration
{
    public int Version => 1;

    public void Apply(LiteDatabase db)
    {
        var posts = db.GetCollection(Collections.Posts);
        posts.EnsureIndex(PostDocument.CreatedOrder, Field(PostDocument.CreatedOrder));
        posts.EnsureIndex(PostDocument.TargetOrder, Field(PostDocument.TargetOrder) + "[*]");
        posts.EnsureIndex(PostDocument.AuthorOrder, Field(PostDocument.AuthorOrder));

        var alerts = db.GetCollection(Collections.Alerts);
        alerts.EnsureIndex(AlertDocument.DedupeKey, Field(AlertDocument.DedupeKey));
        alerts.EnsureIndex(AlertDocument.Status, Field(AlertDocument.Status));
        alerts.EnsureIndex(AlertDocument.UpdatedOrder, Field(AlertDocument.UpdatedOrder));
        alerts.EnsureIndex(AlertDocument.TargetOrder, Field(AlertDocument.TargetOrder));

        var outbox = db.GetCollection(Collections.Outbox);
        outbox.EnsureIndex(OutboxDocument.StateDue, Field(OutboxDocument.StateDue));
        outbox.EnsureIndex(OutboxDocument.StateCreated, Field(OutboxDocument.StateCreated));
        outbox.EnsureIndex(OutboxDocument.CreatedOrder, Field(OutboxDocument.CreatedOrder));

        db.GetCollection(Collections.Audit).EnsureIndex(AuditEntryDocument.At, Field(AuditEntryDocument.At));
        db.GetCollection(Collections.Subscriptions)
            .EnsureIndex(SubscriptionDocument.ChatKey, Field(SubscriptionDocument.ChatKey));
        db.GetCollection(Collections.Labels)
            .EnsureIndex(AccountLabelDocument.Platform, Field(AccountLabelDocument.Platform));
    }

    private static string Field(string name) => "$." + name;
}
