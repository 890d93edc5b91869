using FactBot.Storage.Database;
using FactBot.Storage.Migrations;
using LiteDB;

namespace FactBot.Storage.Stores;

/// <summary>
/// The post store's sequence counter, kept in the meta collection so numbers are never reused (deleting the newest
/// posts must not hand their numbers out again). Written in the same LiteDB transaction as the posts it numbers.
/// </summary>
internal sealed class PostSequence(FactBotDatabase database)
{
    public const string Key = "post_sequence";

    private readonly ILiteCollection<BsonDocument> _meta = database.Collection(Collections.Meta);

    public long Last => _meta.FindById(Key)?[StorageMigrator.ValueField].AsInt64 ?? 0;

    /// <summary>Reserves <paramref name="count"/> numbers; returns the first.</summary>
    public long Take(int count)
    {
        var first = Last + 1;
        _meta.Upsert(new BsonDocument { ["_id"] = Key, [StorageMigrator.ValueField] = first + count - 1 });
        return first;
    }
}
