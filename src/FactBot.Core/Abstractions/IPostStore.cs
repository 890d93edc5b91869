using FactBot.Core.Posts;

namespace FactBot.Core.Abstractions;

/// <summary>Posts, keyed by <see cref="Post.Key"/>. Adding is idempotent on the key.</summary>
public interface IPostStore
{
    /// <summary>
    /// Stores the posts whose keys are new and returns exactly those (in input order). Each stored post gets the next
    /// store sequence number, consecutively in the order returned; numbers are never reused, even after deletes.
    /// </summary>
    Task<IReadOnlyList<Post>> AddNewAsync(IReadOnlyList<Post> posts, CancellationToken ct = default);

    /// <summary>The sequence number of the last post stored (0 before the first).</summary>
    Task<long> LastSequenceAsync(CancellationToken ct = default);

    /// <summary>Up to <paramref name="limit"/> stored posts with a sequence number above <paramref name="afterSequence"/>,
    /// in sequence order (detector rebuild after a restart).</summary>
    Task<IReadOnlyList<SequencedPost>> ReadAfterSequenceAsync(long afterSequence, int limit, CancellationToken ct = default);

    Task<Post?> GetAsync(string key, CancellationToken ct = default);

    /// <summary>Posts on a target (<c>#tag</c>, <c>sound:id</c>) created in [from, to), newest first.</summary>
    Task<IReadOnlyList<Post>> GetByTargetAsync(string targetKey, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken ct = default);

    /// <summary>An author's posts, newest first.</summary>
    Task<IReadOnlyList<Post>> GetByAuthorAsync(string platform, string authorHandle, int limit, CancellationToken ct = default);

    /// <summary>Posts created in [from, to), oldest first (detector warm-up after a restart).</summary>
    Task<IReadOnlyList<Post>> GetCreatedBetweenAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default);

    Task<long> CountAsync(CancellationToken ct = default);

    /// <summary>Deletes posts by key (platform retention rules); returns how many were deleted.</summary>
    Task<int> DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken ct = default);

    /// <summary>Deletes posts created before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteCreatedBeforeAsync(DateTimeOffset cutoff, CancellationToken ct = default);
}
