using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using FactBot.Storage.Stores;
using LiteDB;

namespace FactBot.Storage.Migrations;

/// <summary>
/// Version 3: posts get store sequence numbers (the order the detectors see them in; a restart rebuilds the detectors
/// by reading posts in this order) and the detection journal its index. Posts stored before this version are numbered
/// by creation time.
/// </summary>
internal sealed class AddPostSequenceMigration : IStorageMigration
{
    public int Version => 3;

    public void Apply(LiteDatabase db)
    {
        var posts = db.GetCollection(Collections.Posts);
        long sequence = 0;
        var ids = posts.Query().OrderBy($"$.{PostDocument.CreatedOrder}").Select("$._id").ToEnumerable().Select(d => d["_id"]).ToList();
        foreach (var id in ids)
        {
            var doc = posts.FindById(id);
            doc[PostDocument.Sequence] = ++sequence;
            posts.Update(doc);
        }

        posts.EnsureIndex(PostDocument.Sequence, "$." + PostDocument.Sequence);
        db.GetCollection(Collections.Meta).Upsert(new BsonDocument { ["_id"] = PostSequence.Key, [StorageMigrator.ValueField] = sequence });
        db.GetCollection(Collections.DetectionJournal).EnsureIndex("At", "$.At");
    }
}
