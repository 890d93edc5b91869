using FactBot.Core.Abstractions;

namespace FactBot.Core.Commands.Queries;

/// <summary>
/// An author's stored posts on one platform, from the author index (newest first, bounded by <see cref="Limit"/>):
/// how many, first and last seen, and the author keys they were stored under (alert evidence names accounts by
/// key). When <see cref="Capped"/>, the count is a lower bound and the first post lies further back.
/// </summary>
internal sealed record AccountActivity(string Platform, int Posts, bool Capped, DateTimeOffset? First, DateTimeOffset? Last, IReadOnlyList<string> AuthorKeys)
{
    public const int Limit = 1000;

    public static async Task<AccountActivity> ReadAsync(IPostStore posts, string platform, string handle, CancellationToken ct)
    {
        var found = await posts.GetByAuthorAsync(platform, handle, Limit, ct);
        if (found.Count == 0)
            return new AccountActivity(platform, 0, false, null, null, []);
        var keys = found.Select(p => p.AuthorKey).Distinct(StringComparer.Ordinal).ToList();
        return new AccountActivity(platform, found.Count, found.Count >= Limit, found.Min(p => p.CreatedAt), found.Max(p => p.CreatedAt), keys);
    }
}
