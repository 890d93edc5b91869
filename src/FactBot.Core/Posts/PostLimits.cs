namespace FactBot.Core.Posts;

/// <summary>
/// The bounds every stored post keeps, whatever its source, enforced by <see cref="PostValidator"/>. They are
/// generous for real posts (a TikTok caption is at most 4,000 characters, a hashtag ~100) and small enough that the
/// largest possible post stays far below LiteDB's 16 MB document limit (about 1 MB of UTF-8 with every field full),
/// so one hostile record can neither fail a store batch nor fill memory.
/// </summary>
public static class PostLimits
{
    /// <summary>Caption/text, in UTF-16 chars; longer text is cut and ends with <see cref="TruncationMarker"/>.</summary>
    public const int MaxTextChars = 16 * 1024;

    /// <summary>Transcript, in chars; cut like the text.</summary>
    public const int MaxTranscriptChars = 64 * 1024;

    /// <summary>Display name and sound title, in chars; cut like the text.</summary>
    public const int MaxNameChars = 256;

    /// <summary>Hashtags kept per post (the first ones); more are dropped.</summary>
    public const int MaxHashtags = 100;

    /// <summary>A longer hashtag is dropped (it is not a tag anyone watches, and would bloat the indexes).</summary>
    public const int MaxHashtagChars = 100;

    /// <summary>Media fingerprints kept per post; more are dropped.</summary>
    public const int MaxMediaFingerprints = 32;

    /// <summary>A longer fingerprint is dropped.</summary>
    public const int MaxFingerprintChars = 256;

    /// <summary>Platform name; a longer one rejects the record.</summary>
    public const int MaxPlatformChars = 32;

    /// <summary>Post id, author handle; longer rejects the record (an id that long is not an id).</summary>
    public const int MaxIdChars = 128;

    /// <summary>Author key (the most stable author id); longer rejects the record.</summary>
    public const int MaxAuthorKeyChars = 256;

    /// <summary>Sound id, reply/repost keys, language, region: a longer value is dropped (set to null).</summary>
    public const int MaxReferenceChars = 256;

    /// <summary>URL; a longer one is dropped.</summary>
    public const int MaxUrlChars = 2048;

    /// <summary>The original record kept for audit; a larger one is dropped rather than failing the post.</summary>
    public const int MaxRawJsonChars = 256 * 1024;

    /// <summary>
    /// One record (a line of a JSONL/NDJSON file, a whole .json page) in bytes. A longer one is skipped as malformed
    /// without being held in memory: no real record comes near it, and a missing newline in a huge file must not
    /// make a reader buffer the whole file.
    /// </summary>
    public const int MaxRecordBytes = 64 * 1024 * 1024;

    /// <summary>What ends text that was cut to its cap.</summary>
    public const string TruncationMarker = " […]";

    /// <summary>The earliest post time accepted: before TikTok, YouTube or Facebook existed, so earlier is a bad value.</summary>
    public static readonly DateTimeOffset EarliestTime = new(2004, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>How far past "now" a post time may be: clocks and time zones of exporters are off by hours, not days.</summary>
    public static readonly TimeSpan MaxFutureSkew = TimeSpan.FromDays(1);
}
