using FactBot.Core.Abstractions;
using FactBot.Core.Labels;

namespace FactBot.Core.Commands.Queries;

/// <summary>
/// The state-media share of a target's posts in a window: labelled posts (by a category that counts as state media)
/// over all posts. Read with one bounded, indexed query (target + time, newest first), so a busy target costs at most
/// <see cref="Limit"/> posts; then the share is that of the newest ones and <see cref="Capped"/> says so.
/// </summary>
internal sealed record ShareSample(int Labelled, int Total, bool Capped)
{
    public const int Limit = 500;

    public double Share => Total == 0 ? 0 : (double)Labelled / Total;

    public static async Task<ShareSample> TakeAsync(IPostStore posts, string targetKey, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var sample = await posts.GetByTargetAsync(targetKey, from, to, Limit, ct);
        var labelled = sample.Count(p => p.AuthorLabel is { } label && label.Category.CountsAsStateMedia());
        return new ShareSample(labelled, sample.Count, sample.Count >= Limit);
    }
}
