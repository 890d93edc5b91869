using FactBot.Core.Watchlists;

namespace FactBot.Sources.TikTok.Queries;

/// <summary>Turns watch targets into Research API queries: one query per distinct target that applies to TikTok.</summary>
internal static class TikTokTargetQueries
{
    public const string Platform = "tiktok";

    public static IReadOnlyList<TikTokTargetQuery> For(IEnumerable<Watchlist> watchlists, IReadOnlyList<string> regionCodes)
    {
        var queries = new Dictionary<string, TikTokTargetQuery>(StringComparer.Ordinal);
        foreach (var target in watchlists.SelectMany(w => w.Targets).Where(t => t.AppliesTo(Platform)))
        {
            var query = For(target, regionCodes);
            queries.TryAdd(query.Hash, new TikTokTargetQuery(target.Key, query));
        }

        return [.. queries.Values.OrderBy(q => q.TargetKey, StringComparer.Ordinal)];
    }

    public static TikTokQuery For(WatchTarget target, IReadOnlyList<string> regionCodes)
    {
        var query = target.Kind switch
        {
            TargetKind.Hashtag => TikTokQuery.Empty.And(TikTokField.HashtagName, target.Value),
            // music_id alone often returns nothing; RegionCodes (ANDed below) is the documented workaround.
            TargetKind.Sound => TikTokQuery.Empty.And(TikTokField.MusicId, target.Value),
            TargetKind.Keyword => TikTokQuery.Empty.And(TikTokField.Keyword, target.Value),
            _ => throw new ArgumentOutOfRangeException(nameof(target), target.Kind, "unknown target kind"),
        };
        return regionCodes.Count == 0 ? query : query.And(TikTokField.RegionCode, regionCodes);
    }
}
