namespace FactBot.Core.Commands.Queries;

/// <summary>
/// Platforms <c>/account</c> looks on when none is given: where FactBot reads posts, and where curated label lists
/// name accounts. Each costs two indexed look-ups, so the list stays short.
/// </summary>
internal static class AccountPlatforms
{
    public static readonly IReadOnlyList<string> All =
    [
        "tiktok", "telegram", "mastodon", "bluesky", "youtube", "twitter", "instagram", "facebook", "vk", "okru", "rutube", "linkedin",
    ];

    /// <summary>Lower-case, with the spellings people use for X.</summary>
    public static string Normalize(string platform)
    {
        var name = platform.Trim().ToLowerInvariant();
        return name is "x" or "twitter/x" or "x/twitter" ? "twitter" : name;
    }
}
