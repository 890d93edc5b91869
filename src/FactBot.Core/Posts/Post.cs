using FactBot.Core.Labels;

namespace FactBot.Core.Posts;

/// <summary>
/// One post from any platform, normalised. Ids are always strings (TikTok ids exceed 2^53), times are UTC,
/// hashtags are NFKC + lower-case without '#', and absent engagement counts are null (absent is not zero).
/// </summary>
public sealed record Post
{
    /// <summary>Platform name, lower-case: "tiktok", "mastodon", "telegram", …</summary>
    public required string Platform { get; init; }

    /// <summary>The adapter or importer that produced it: "tiktok-research", "import:jsonl", …</summary>
    public required string Source { get; init; }

    public required string PlatformPostId { get; init; }

    /// <summary>The dedupe key, <c>platform:id</c>. Ingest is idempotent on it.</summary>
    public string Key => PostKey.Of(Platform, PlatformPostId);

    public string? Url { get; init; }

    /// <summary>The most stable author id the platform gives (TikTok: the username).</summary>
    public required string AuthorKey { get; init; }

    /// <summary>Lower-case, without '@'.</summary>
    public required string AuthorHandle { get; init; }

    public string? AuthorDisplayName { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ObservedAt { get; init; }

    public string Text { get; init; } = "";

    public string? Language { get; init; }

    public IReadOnlyList<string> Hashtags { get; init; } = [];

    public string? SoundId { get; init; }

    public string? SoundTitle { get; init; }

    public IReadOnlyList<string> MediaFingerprints { get; init; } = [];

    public string? RegionCode { get; init; }

    public long? Views { get; init; }

    public long? Likes { get; init; }

    public long? Shares { get; init; }

    public long? Comments { get; init; }

    public string? ReplyToKey { get; init; }

    public string? RepostOfKey { get; init; }

    public string? Transcript { get; init; }

    /// <summary>Joined at ingest from curated lists; never claimed to come from the platform.</summary>
    public AccountLabel? AuthorLabel { get; init; }

    /// <summary>The original record, for audit and re-parsing. Optional for generated data.</summary>
    public string? RawJson { get; init; }
}
