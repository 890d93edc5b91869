using FactBot.Core.Abstractions;
using FactBot.Core.Posts;

namespace FactBot.TestKit.Fakes;

/// <summary>
/// <see cref="IPostStore"/> in a dictionary, with the LiteDB store's semantics (a contract test keeps them equal):
/// idempotent on the key (first of a batch wins), newest-first lists tie-broken by key, <c>kw:</c> matching the
/// text ignoring case, a negative limit is a bug (throws) and a zero limit returns nothing.
/// </summary>
public sealed class InMemoryPostStore : IPostStore
{
    private readonly Dictionary<string, Post> _posts = new(StringComparer.Ordinal);
    private readonly SortedList<long, Post> _bySequence = [];
    private readonly Dictionary<string, long> _sequenceOf = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _lastSequence;

    /// <summary>Every stored post, oldest first (a snapshot).</summary>
    public IReadOnlyList<Post> All
    {
        get
        {
            lock (_gate)
                return [.. _posts.Values.OrderBy(p => p.CreatedAt).ThenBy(p => p.Key, StringComparer.Ordinal)];
        }
    }

    public Task<IReadOnlyList<Post>> AddNewAsync(IReadOnlyList<Post> posts, CancellationToken ct = default)
    {
        var added = new List<Post>();
        lock (_gate)
        {
            foreach (var post in posts)
            {
                if (_posts.TryAdd(post.Key, post))
                {
                    added.Add(post);
                    _bySequence.Add(++_lastSequence, post);
                    _sequenceOf[post.Key] = _lastSequence;
                }
            }
        }

        return Task.FromResult<IReadOnlyList<Post>>(added);
    }

    public Task<long> LastSequenceAsync(CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult(_lastSequence);
    }

    public Task<IReadOnlyList<SequencedPost>> ReadAfterSequenceAsync(long afterSequence, int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        lock (_gate)
        {
            IReadOnlyList<SequencedPost> page =
            [
                .. _bySequence.Where(p => p.Key > afterSequence)
                    .Take(limit)
                    .Select(p => new SequencedPost(p.Key, p.Value)),
            ];
            return Task.FromResult(page);
        }
    }

    public Task<Post?> GetAsync(string key, CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult(_posts.GetValueOrDefault(key));
    }

    public Task<IReadOnlyList<Post>> GetByTargetAsync(
        string targetKey, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        Func<Post, bool> onTarget = targetKey switch
        {
            _ when targetKey.StartsWith('#') => p => p.Hashtags.Contains(targetKey[1..], StringComparer.Ordinal),
            _ when targetKey.StartsWith("sound:", StringComparison.Ordinal) => p => p.SoundId == targetKey["sound:".Length..],
            _ when targetKey.StartsWith("kw:", StringComparison.Ordinal) =>
                p => p.Text.Contains(targetKey["kw:".Length..], StringComparison.OrdinalIgnoreCase),
            _ => _ => false,
        };
        return NewestFirst(p => onTarget(p) && p.CreatedAt >= from && p.CreatedAt < to, limit);
    }

    public Task<IReadOnlyList<Post>> GetByAuthorAsync(string platform, string authorHandle, int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return NewestFirst(p => p.Platform == platform && p.AuthorHandle == authorHandle, limit);
    }

    public Task<IReadOnlyList<Post>> GetCreatedBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        lock (_gate)
        {
            IReadOnlyList<Post> posts =
            [
                .. _posts.Values
                    .Where(p => p.CreatedAt >= from && p.CreatedAt < to)
                    .OrderBy(p => p.CreatedAt)
                    .ThenBy(p => p.Key, StringComparer.Ordinal),
            ];
            return Task.FromResult(posts);
        }
    }

    public Task<long> CountAsync(CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult((long)_posts.Count);
    }

    public Task<int> DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult(keys.Distinct(StringComparer.Ordinal).Count(Remove));
    }

    public Task<int> DeleteCreatedBeforeAsync(DateTimeOffset cutoff, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var old = _posts.Values.Where(p => p.CreatedAt < cutoff).Select(p => p.Key).ToList();
            old.ForEach(key => Remove(key));
            return Task.FromResult(old.Count);
        }
    }

    // Callers hold _gate. The sequence entry goes with the post: a key added again gets a new number.
    private bool Remove(string key)
    {
        if (!_posts.Remove(key))
            return false;
        _bySequence.Remove(_sequenceOf[key]);
        _sequenceOf.Remove(key);
        return true;
    }

    private Task<IReadOnlyList<Post>> NewestFirst(Func<Post, bool> filter, int limit)
    {
        lock (_gate)
        {
            IReadOnlyList<Post> posts =
            [
                .. _posts.Values
                    .Where(filter)
                    .OrderByDescending(p => p.CreatedAt)
                    .ThenBy(p => p.Key, StringComparer.Ordinal)
                    .Take(limit),
            ];
            return Task.FromResult(posts);
        }
    }
}
