using FactBot.Sources.TikTok.Queries;

namespace FactBot.Sources.TikTok;

/// <summary>Checkpoint ids of the TikTok source: one per query, plus the refresh ledger; and the shared quota's name.</summary>
internal static class TikTokSourceIds
{
    /// <summary>The <c>Post.Source</c> of live Research API posts.</summary>
    public const string PostSource = "tiktok-research";

    public const string Quota = PostSource + ":quota";

    public const string RefreshLedger = PostSource + ":refresh";

    public static string ForQuery(TikTokQuery query) => PostSource + ":" + query.Hash;

    /// <summary>Posts that came from the Research API, live or imported, and so fall under its refresh/delete terms.</summary>
    public static bool IsResearchData(Core.Posts.Post post) =>
        post.Platform == TikTokTargetQueries.Platform
        && (post.Source == PostSource || post.Source.StartsWith("import:tiktok-research", StringComparison.Ordinal));
}
