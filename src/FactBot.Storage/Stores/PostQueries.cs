using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Stores;

/// <summary>
/// The post store's queries, kept apart so tests can check LiteDB's plan for each (index used, no sort step,
/// index-only lookups) without duplicating them. Time-ordered scans come back in index order; posts of the same tick
/// are put in key order by <see cref="PostPages"/>, which also applies limits.
/// </summary>
internal static class PostQueries
{
    /// <summary>Posts on a <c>#tag</c> or <c>sound:id</c> created in [from, to), newest first.</summary>
    public static ILiteQueryable<BsonDocument> ByTarget(
        ILiteCollection<BsonDocument> posts, string targetKey, DateTimeOffset from, DateTimeOffset to)
    {
        var (low, high) = PostIndexKeys.Between(targetKey, from.UtcTicks, to.UtcTicks);
        return posts.Query().Where($"$.{PostDocument.Targets}[*] ANY BETWEEN @0 AND @1", low, high);
    }

    /// <summary>An author's posts, newest first.</summary>
    public static ILiteQueryable<BsonDocument> ByAuthor(ILiteCollection<BsonDocument> posts, string platform, string handle)
    {
        var (low, high) = PostIndexKeys.All(PostIndexKeys.Author(platform, handle));
        return posts.Query().Where($"$.{PostDocument.Author} BETWEEN @0 AND @1", low, high);
    }

    /// <summary>Posts created in [from, to), oldest first (ticks are integers, so [from, to) is [from, to − 1]).</summary>
    public static ILiteQueryable<BsonDocument> CreatedBetween(
        ILiteCollection<BsonDocument> posts, DateTimeOffset from, DateTimeOffset to) =>
        posts.Query().Where($"$.{PostDocument.Created} BETWEEN @0 AND @1", from.UtcTicks, to.UtcTicks - 1);

    /// <summary>Posts created in [from, to), newest first (keyword scans filter these in memory).</summary>
    public static ILiteQueryable<BsonDocument> CreatedBetweenNewestFirst(
        ILiteCollection<BsonDocument> posts, DateTimeOffset from, DateTimeOffset to) =>
        CreatedBetween(posts, from, to).OrderByDescending($"$.{PostDocument.Created}");

    /// <summary>Which of these keys are stored, answered from the key index without reading documents.</summary>
    public static ILiteQueryableResult<BsonDocument> ExistingKeys(ILiteCollection<BsonDocument> posts, IEnumerable<string> keys) =>
        posts.Query()
            .Where($"$.{PostDocument.Key} IN @0", new BsonArray(keys.Select(key => new BsonValue(key))))
            .Select($"$.{PostDocument.Key}");

    /// <summary>Posts stored after <paramref name="afterSequence"/>, in store order: a range of the primary index.</summary>
    public static ILiteQueryableResult<BsonDocument> AfterSequence(ILiteCollection<BsonDocument> posts, long afterSequence, int limit) =>
        posts.Query().Where("_id > @0", afterSequence).Limit(limit);

    /// <summary>The post with this key.</summary>
    public static ILiteQueryableResult<BsonDocument> ByKey(ILiteCollection<BsonDocument> posts, string key) =>
        posts.Query().Where($"$.{PostDocument.Key} = @0", key).Limit(1);
}
