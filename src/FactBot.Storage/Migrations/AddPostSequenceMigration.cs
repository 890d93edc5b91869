using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using FactBot.Storage.Stores;
using LiteDB;

namespace FactBot.Storage.Migrations;

/// <summary>
/// Version 3: compact post documents keyed by store sequence number (the order the detectors see posts in; a restart
/// rebuilds them by reading posts in this order), with small binary index keys (<see cref="PostDocument"/>), and the
/// detection journal's index. Posts stored before this version are rewritten and numbered by creation time, in chunks
/// of their own transactions: a crash part-way leaves old and new documents side by side, and running the step again
/// carries on from the counter (old documents are the ones keyed by post key, a string).
/// </summary>
internal sealed class AddPostSequenceMigration : IStorageMigration
{
    private const int Chunk = 2_000;

    public int Version => 3;

    public void Apply(LiteDatabase db)
    {
        var posts = db.GetCollection(Collections.Posts);
        var meta = db.GetCollection(Collections.Meta);
        var sequence = meta.FindById(PostSequence.Key)?[StorageMigrator.ValueField].AsInt64 ?? 0;
        if (db.GetCollection("$indexes").Exists(Query.And(Query.EQ("collection", Collections.Posts), Query.EQ("name", PostDocument.CreatedOrder))))
        {
            // The v1 time index orders old documents by (time, key): the order to number them in. New documents sit
            // in it too (under null) after a crash part-way; their ids are numbers.
            var oldIds = posts.Query().OrderBy($"$.{PostDocument.CreatedOrder}").Select("$._id").ToEnumerable()
                .Select(d => d["_id"])
                .Where(id => id.IsString)
                .ToList();
            foreach (var chunk in oldIds.Chunk(Chunk))
                sequence = Rewrite(db, posts, meta, chunk, sequence);
        }

        foreach (var index in new[] { PostDocument.CreatedOrder, PostDocument.TargetOrder, PostDocument.AuthorOrder, "Seq" })
            posts.DropIndex(index);
        posts.EnsureIndex(PostDocument.Key, "$." + PostDocument.Key, unique: true);
        posts.EnsureIndex(PostDocument.Created, "$." + PostDocument.Created);
        posts.EnsureIndex(PostDocument.Targets, $"$.{PostDocument.Targets}[*]");
        posts.EnsureIndex(PostDocument.Author, "$." + PostDocument.Author);
        meta.Upsert(new BsonDocument { ["_id"] = PostSequence.Key, [StorageMigrator.ValueField] = sequence });
        db.GetCollection(Collections.DetectionJournal).EnsureIndex("At", "$.At");
    }

    private static long Rewrite(LiteDatabase db, ILiteCollection<BsonDocument> posts, ILiteCollection<BsonDocument> meta, BsonValue[] ids, long sequence)
    {
        db.BeginTrans();
        foreach (var id in ids)
        {
            if (posts.FindById(id) is not { } old)
                continue;
            // An upgrade keeps what an older version stored; only new posts follow Storage:KeepRawJson.
            posts.Insert(PostDocument.ToDocument(PostDocumentV2.ToPost(old), ++sequence, keepRawJson: true));
            posts.Delete(id);
        }

        meta.Upsert(new BsonDocument { ["_id"] = PostSequence.Key, [StorageMigrator.ValueField] = sequence });
        db.Commit();
        return sequence;
    }
}
