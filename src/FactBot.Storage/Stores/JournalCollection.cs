using FactBot.Storage.Database;
using LiteDB;

namespace FactBot.Storage.Stores;

/// <summary>
/// The detection journal's collection, numbered by us: its order is the detectors' history, and LiteDB's default ids
/// (ObjectIds: wall-clock seconds, then machine, process id, and a counter that starts at random and wraps at 2^24)
/// follow append order only inside one process, one second and no wrap. A restart within the same second, a clock
/// stepped back, or a wrap during a fast replay would put marks out of order, and a rebuild would replay them so.
/// Int64 ids (last + 1) follow append order whatever the clock or the process.
/// </summary>
internal static class JournalCollection
{
    public static ILiteCollection<BsonDocument> Open(FactBotDatabase database)
    {
        var marks = database.Db.GetCollection(Collections.DetectionJournal, BsonAutoId.Int64);

        // Numbers sort before ObjectIds, so the newest id is an ObjectId exactly when an older journal is still there.
        var newest = marks.Query().OrderByDescending("_id").Limit(1).FirstOrDefault();
        if (newest is not null && newest["_id"].IsObjectId)
            Renumber(database.Db, marks);
        return marks;
    }

    // A journal written before: numbered 1…n in its ObjectId order (the best order it has), all at once.
    private static void Renumber(LiteDatabase db, ILiteCollection<BsonDocument> marks)
    {
        var docs = marks.Query().OrderBy("_id").ToList();
        var own = db.BeginTrans();
        try
        {
            marks.DeleteAll();
            long id = 0;
            foreach (var doc in docs)
                doc["_id"] = ++id;
            marks.InsertBulk(docs);
            if (own)
                db.Commit();
        }
        catch
        {
            if (own)
                db.Rollback();
            throw;
        }
    }
}
