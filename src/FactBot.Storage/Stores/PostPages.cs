using FactBot.Core.Posts;
using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Stores;

/// <summary>
/// Turns an index scan into the port's order: by creation time, ties by post key. The index keys hold the time alone
/// (much smaller than time + key), so posts of one tick come in storage order and are sorted here; a limited scan
/// reads on past the limit only while the tick stays the same, so the page is exactly the one the keys would give.
/// </summary>
internal static class PostPages
{
    /// <summary>At most <paramref name="limit"/> posts of a newest-first scan that pass <paramref name="filter"/>.</summary>
    public static List<Post> NewestFirst(IEnumerable<BsonDocument> scan, int limit, Func<Post, bool>? filter = null)
    {
        var page = new List<Post>(Math.Min(limit, 1024));
        var last = long.MinValue;
        foreach (var doc in scan)
        {
            var ticks = doc[PostDocument.Created].AsInt64;
            if (page.Count >= limit && ticks != last)
                break;

            var post = PostDocument.ToPost(doc);
            if (filter is not null && !filter(post))
                continue;
            page.Add(post);
            last = ticks;
        }

        page.Sort(static (a, b) => a.CreatedAt != b.CreatedAt ? b.CreatedAt.CompareTo(a.CreatedAt) : string.CompareOrdinal(a.Key, b.Key));
        if (page.Count > limit)
            page.RemoveRange(limit, page.Count - limit);
        return page;
    }

    /// <summary>Every post of an oldest-first scan.</summary>
    public static List<Post> OldestFirst(IEnumerable<BsonDocument> scan)
    {
        var posts = scan.Select(PostDocument.ToPost).ToList();
        posts.Sort(static (a, b) => a.CreatedAt != b.CreatedAt ? a.CreatedAt.CompareTo(b.CreatedAt) : string.CompareOrdinal(a.Key, b.Key));
        return posts;
    }
}
