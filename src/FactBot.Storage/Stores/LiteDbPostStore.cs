using FactBot.Core.Abstractions;
using FactBot.Core.Posts;
using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Stores;

/// <summary>
/// Posts in LiteDB (<see cref="PostDocument"/>). Every query is one index range scan that yields rows already in the
/// wanted order, so a limit stops it early. Keyword targets (<c>kw:</c>) have no index: they scan the [from, to) time
/// range newest first, filtering on text, until the limit is reached; keep keyword queries to bounded windows.
/// </summary>
internal sealed class LiteDbPostStore(FactBotDatabase database) : IPostStore
{
    private readonly ILiteCollection<BsonDocument> _posts = database.Collection(Collections.Posts);
    private readonly PostSequence _sequence = new(database);

    public Task<IReadOnlyList<Post>> AddNewAsync(IReadOnlyList<Post> posts, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var keys = new HashSet<string>(posts.Count, StringComparer.Ordinal);
        var ordered = new List<Post>(posts.Count);
        foreach (var post in posts)
        {
            if (keys.Add(post.Key))
                ordered.Add(post);
        }

        if (ordered.Count == 0)
            return Task.FromResult<IReadOnlyList<Post>>([]);

        // Inside an atomic scope this joins its transaction (BeginTrans is false) and commits with it; alone, the
        // check, the numbers and the insert are one transaction of their own.
        var own = database.Db.BeginTrans();
        try
        {
            // Take the posts write lock before looking: a concurrent add then waits for this one to commit and sees
            // its keys. The lock is LiteDB's, released at commit, so it cannot deadlock with a scope as a lock of ours
            // taken outside LiteDB could. _id 0 is never a post (numbers start at 1), so this deletes nothing.
            _posts.Delete(0L);
            var existing = PostQueries.ExistingKeys(_posts, keys)
                .ToEnumerable()
                .Select(row => row[PostDocument.Key].AsString)
                .ToHashSet(StringComparer.Ordinal);
            var added = existing.Count == 0 ? ordered : ordered.FindAll(p => !existing.Contains(p.Key));
            if (added.Count > 0)
            {
                var first = _sequence.Take(added.Count);
                var documents = new BsonDocument[added.Count];
                for (var i = 0; i < documents.Length; i++)
                    documents[i] = PostDocument.ToDocument(added[i], first + i, database.KeepRawJson);
                _posts.Insert(documents);
            }

            if (own)
                database.Db.Commit();
            return Task.FromResult<IReadOnlyList<Post>>(added);
        }
        catch when (own)
        {
            database.Db.Rollback();
            throw;
        }
    }

    public Task<long> LastSequenceAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(_sequence.Last);
    }

    public Task<IReadOnlyList<SequencedPost>> ReadAfterSequenceAsync(long afterSequence, int limit, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0)
            return Task.FromResult<IReadOnlyList<SequencedPost>>([]);

        var page = new List<SequencedPost>(Math.Min(limit, 10_000));
        foreach (var doc in PostQueries.AfterSequence(_posts, afterSequence, limit).ToEnumerable())
            page.Add(new SequencedPost(PostDocument.SequenceOf(doc), PostDocument.ToPost(doc)));
        return Task.FromResult<IReadOnlyList<SequencedPost>>(page);
    }

    public Task<Post?> GetAsync(string key, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var doc = PostQueries.ByKey(_posts, key).FirstOrDefault();
        return Task.FromResult(doc is null ? null : PostDocument.ToPost(doc));
    }

    public Task<IReadOnlyList<Post>> GetByTargetAsync(
        string targetKey, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0 || from >= to)
            return Task.FromResult<IReadOnlyList<Post>>([]);

        if (targetKey.StartsWith("kw:", StringComparison.Ordinal))
        {
            var keyword = targetKey["kw:".Length..];
            var scan = PostQueries.CreatedBetweenNewestFirst(_posts, from, to).ToEnumerable();
            return Task.FromResult<IReadOnlyList<Post>>(PostPages.NewestFirst(scan, limit, post => KeywordMatch.Matches(post, keyword)));
        }

        var posts = PostPages.NewestFirst(PostQueries.ByTarget(_posts, targetKey, from, to).ToEnumerable(), limit);
        return Task.FromResult<IReadOnlyList<Post>>(posts);
    }

    public Task<IReadOnlyList<Post>> GetByAuthorAsync(string platform, string authorHandle, int limit, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0)
            return Task.FromResult<IReadOnlyList<Post>>([]);

        var posts = PostPages.NewestFirst(PostQueries.ByAuthor(_posts, platform, authorHandle).ToEnumerable(), limit);
        return Task.FromResult<IReadOnlyList<Post>>(posts);
    }

    public Task<IReadOnlyList<Post>> GetCreatedBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        if (from >= to)
            return Task.FromResult<IReadOnlyList<Post>>([]);

        return Task.FromResult<IReadOnlyList<Post>>(PostPages.OldestFirst(PostQueries.CreatedBetween(_posts, from, to).ToEnumerable()));
    }

    public Task<long> CountAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(_posts.LongCount());
    }

    public Task<int> DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        if (keys.Count == 0)
            return Task.FromResult(0);

        var values = new BsonArray(keys.Distinct(StringComparer.Ordinal).Select(key => new BsonValue(key)));
        return Task.FromResult(_posts.DeleteMany($"$.{PostDocument.Key} IN @0", values));
    }

    public Task<int> DeleteCreatedBeforeAsync(DateTimeOffset cutoff, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(_posts.DeleteMany($"$.{PostDocument.Created} < @0", cutoff.UtcTicks));
    }
}
