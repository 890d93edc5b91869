using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Stores;

/// <summary>
/// The post store's queries, kept apart so tests can check LiteDB's plan for each (index used, no sort step,
/// index-only lookups) without duplicating them.
/// </summary>
internal static class PostQueries
{
    /// <summary>Posts on a <c>#tag</c> or <c>sound:id</c> created in [from, to), newest first.</summary>
    public static ILiteQueryableResult<BsonDocument> ByTarget(
        ILiteCollection<BsonDocument> posts, string targetKey, DateTimeOffset from, DateTimeOffset to, int limit)
    {
        var (low, high) = OrderKeys.NewestFirst(targetKey, from, to);
        return posts.Query()
            .Where($"$.{PostDocument.TargetOrder}[*] ANY BETWEEN @0 AND @1", low, high)
            .Limit(limit);
    }

    /// <summary>An author's posts, newest first.</summary>
    public static ILiteQueryableResult<BsonDocument> ByAuthor(
        ILiteCollection<BsonDocument> posts, string platform, string handle, int limit)
    {
        var (low, high) = OrderKeys.AllUnder(PostDocument.AuthorPrefix(platform, handle));
        return posts.Query()
            .Where($"$.{PostDocument.AuthorOrder} BETWEEN @0 AND @1", low, high)
            .Limit(limit);
    }

    /// <summary>Posts created in [from, to), oldest first.</summary>
    public static ILiteQueryable<BsonDocument> CreatedBetween(
        ILiteCollection<BsonDocument> posts, DateTimeOffset from, DateTimeOffset to) =>
        // Keys are "ticks␟key": a bare "ticks" sorts before every key of that tick, so [from, to) is exact.
        posts.Query().Where(
            $"$.{PostDocument.CreatedOrder} BETWEEN @0 AND @1", OrderKeys.Ascending(from), OrderKeys.Ascending(to));

    /// <summary>Posts created in [from, to), newest first (keyword scans filter these in memory).</summary>
    public static ILiteQueryable<BsonDocument> CreatedBetweenNewestFirst(
        ILiteCollection<BsonDocument> posts, DateTimeOffset from, DateTimeOffset to) =>
        CreatedBetween(posts, from, to).OrderByDescending($"$.{PostDocument.CreatedOrder}");

    /// <summary>Which of these keys are stored, answered from the primary index without reading documents.</summary>
    public static ILiteQueryableResult<BsonDocument> ExistingKeys(
        ILiteCollection<BsonDocument> posts, IEnumerable<string> keys) =>
        posts.Query()
            .Where("_id IN @0", new BsonArray(keys.Select(key => new BsonValue(key))))
            .Select("$._id");
}
