using FactBot.Core.Abstractions;
using FactBot.Core.Labels;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Commands.Queries;

/// <summary>
/// The state-media share of a target's posts in a window: labelled posts (by a category that counts as state media)
/// over all posts. Read with one bounded, indexed query (target + time, newest first), so a busy target costs at most
/// <see cref="Limit"/> posts; then the share is that of the newest ones and <see cref="Capped"/> says so.
/// Keyword targets have no index (the store scans posts by time and filters on text), so they are read over
/// <see cref="KeywordSpan"/> at most.
/// </summary>
internal sealed record ShareSample(int Labelled, int Total, bool Capped, DateTimeOffset From)
{
    public const int Limit = 500;

    public static readonly TimeSpan KeywordSpan = TimeSpan.FromHours(24);

    public double Share => Total == 0 ? 0 : (double)Labelled / Total;

    public static async Task<ShareSample> TakeAsync(IPostStore posts, WatchTarget target, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        if (target.Kind == TargetKind.Keyword && to - from > KeywordSpan)
            from = to - KeywordSpan;
        var sample = await posts.GetByTargetAsync(target.Key, from, to, Limit, ct);
        var labelled = sample.Count(p => p.AuthorLabel is { } label && label.Category.CountsAsStateMedia());
        return new ShareSample(labelled, sample.Count, sample.Count >= Limit, from);
    }
}
