using FactBot.Core.Abstractions;
using FactBot.Core.Posts;
using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Stores;

/// <summary>
/// Posts in LiteDB. Every query is one index range scan that yields rows already in the wanted order, so a limit
/// stops it early. Keyword targets (<c>kw:</c>) have no index: they scan the [from, to) time range newest first,
/// filtering on text, until the limit is reached; keep keyword queries to bounded windows.
/// </summary>
internal sealed class LiteDbPostStore(FactBotDatabase database) : IPostStore
{
    private readonly ILiteCollection<BsonDocument> _posts = database.Collection(Collections.Posts);
    private readonly PostSequence _sequence = new(database);

    // Check-then-insert must be atomic so two concurrent batches cannot both insert one key.
    private readonly Lock _writeGate = new();

    public Task<IReadOnlyList<Post>> AddNewAsync(IReadOnlyList<Post> posts, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var keys = new HashSet<string>(posts.Count, StringComparer.Ordinal);
        var ordered = posts.Where(post => keys.Add(post.Key)).ToList();

        if (ordered.Count == 0)
            return Task.FromResult<IReadOnlyList<Post>>([]);

        lock (_writeGate)
        {
            var existing = PostQueries.ExistingKeys(_posts, keys)
                .ToEnumerable()
                .Select(row => row["_id"].AsString)
                .ToHashSet(StringComparer.Ordinal);
            var added = existing.Count == 0 ? ordered : ordered.Where(p => !existing.Contains(p.Key)).ToList();

            // One call, one transaction, for the whole batch: per-post transactions would dominate bulk ingest.
            if (added.Count > 0)
            {
                var first = _sequence.Take(added.Count);
                _posts.Insert(added.Select((post, i) => PostDocument.ToDocument(post, first + i)));
            }

            return Task.FromResult<IReadOnlyList<Post>>(added);
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
        IReadOnlyList<SequencedPost> page = _posts.Query()
            .Where($"$.{PostDocument.Sequence} > @0", afterSequence)
            .OrderBy($"$.{PostDocument.Sequence}")
            .Limit(limit)
            .ToEnumerable()
            .Select(doc => new SequencedPost(doc[PostDocument.Sequence].AsInt64, PostDocument.ToPost(doc)))
            .ToList();
        return Task.FromResult(page);
    }

    public Task<Post?> GetAsync(string key, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var doc = _posts.FindById(key);
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
            return Task.FromResult<IReadOnlyList<Post>>(GetByKeyword(targetKey["kw:".Length..], from, to, limit));

        var docs = PostQueries.ByTarget(_posts, targetKey, from, to, limit).ToList();
        return Task.FromResult<IReadOnlyList<Post>>(ToPosts(docs));
    }

    public Task<IReadOnlyList<Post>> GetByAuthorAsync(string platform, string authorHandle, int limit, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0)
            return Task.FromResult<IReadOnlyList<Post>>([]);

        var docs = PostQueries.ByAuthor(_posts, platform, authorHandle, limit).ToList();
        return Task.FromResult<IReadOnlyList<Post>>(ToPosts(docs));
    }

    public Task<IReadOnlyList<Post>> GetCreatedBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        if (from >= to)
            return Task.FromResult<IReadOnlyList<Post>>([]);

        var docs = PostQueries.CreatedBetween(_posts, from, to).ToList();
        return Task.FromResult<IReadOnlyList<Post>>(ToPosts(docs));
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

        var ids = new BsonArray(keys.Distinct(StringComparer.Ordinal).Select(key => new BsonValue(key)));
        lock (_writeGate)
            return Task.FromResult(_posts.DeleteMany("_id IN @0", ids));
    }

    public Task<int> DeleteCreatedBeforeAsync(DateTimeOffset cutoff, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        lock (_writeGate)
            return Task.FromResult(_posts.DeleteMany($"$.{PostDocument.CreatedOrder} < @0", OrderKeys.Ascending(cutoff)));
    }

    private List<Post> GetByKeyword(string keyword, DateTimeOffset from, DateTimeOffset to, int limit) =>
        PostQueries.CreatedBetweenNewestFirst(_posts, from, to)
            .ToEnumerable()
            .Select(PostDocument.ToPost)
            .Where(post => KeywordMatch.Matches(post, keyword))
            .Take(limit)
            .ToList();

    private static List<Post> ToPosts(List<BsonDocument> docs) => docs.ConvertAll(PostDocument.ToPost);
}
