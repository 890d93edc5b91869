using FactBot.Core.Results;

namespace FactBot.Core.Posts;

/// <summary>
/// The one check every post passes before it is stored, from any importer or source: identity fields and times
/// must be sane or the record is rejected naming the field; everything else is brought within
/// <see cref="PostLimits"/> (cut, dropped) and stripped of control characters, so no single record can stop ingest.
/// </summary>
public static class PostValidator
{
    // The text fields the caps may replace, by name: a capped field is a different instance (unchanged ones are kept).
    private static readonly (string Name, Func<Post, object?> Of)[] CappableFields =
    [
        ("platformPostId", p => p.PlatformPostId),
        ("authorKey", p => p.AuthorKey),
        ("authorHandle", p => p.AuthorHandle),
        ("text", p => p.Text),
        ("transcript", p => p.Transcript),
        ("authorDisplayName", p => p.AuthorDisplayName),
        ("soundTitle", p => p.SoundTitle),
        ("hashtags", p => p.Hashtags),
        ("mediaFingerprints", p => p.MediaFingerprints),
        ("url", p => p.Url),
        ("soundId", p => p.SoundId),
        ("language", p => p.Language),
        ("regionCode", p => p.RegionCode),
        ("replyToKey", p => p.ReplyToKey),
        ("repostOfKey", p => p.RepostOfKey),
        ("rawJson", p => p.RawJson),
    ];

    /// <summary>
    /// The post within the limits (the same instance when it already was), or a <see cref="MalformedRecord"/> at
    /// <paramref name="position"/> whose <see cref="MalformedRecord.Field"/> names the field at fault.
    /// </summary>
    /// <param name="post">The post as read.</param>
    /// <param name="now">
    /// The latest a post can be from: the real current time; for a file, the later of that and the file's last write
    /// (a replay's virtual clock runs behind its data). Post times may be up to a day after it.
    /// </param>
    /// <param name="position">Where the record is, for the error.</param>
    public static Result<Post> Check(Post post, DateTimeOffset now, string position)
    {
        if (Identity(post, position) is { } rejected)
            return rejected;
        if (OutOfRange(post.CreatedAt, now))
        {
            return Reject(position, "createdAt",
                $"createdAt {post.CreatedAt:O} is outside {PostLimits.EarliestTime:yyyy-MM-dd} to a day after {now:yyyy-MM-dd}");
        }

        // ObservedAt is FactBot's own note of when it saw the post, never a reason to lose one: a value out of range
        // (a replay's clock before its data, a bad export) becomes the earliest it can be, the creation time.
        var capped = Capped(post);
        return capped.ObservedAt != default && OutOfRange(capped.ObservedAt, now)
            ? capped with { ObservedAt = capped.CreatedAt }
            : capped;
    }

    /// <inheritdoc cref="Check(Post, DateTimeOffset, string)"/>
    public static Result<Post> Check(Post post, TimeProvider time, string position) =>
        Check(post, time.GetUtcNow(), position);

    private static MalformedRecord? Identity(Post post, string position)
    {
        if (!IsPlatformName(post.Platform))
            return Reject(position, "platform", $"platform '{Shown(post.Platform)}' is not a platform name (a-z, 0-9, '-', '.', '_', up to {PostLimits.MaxPlatformChars})");
        if (Problem(post.PlatformPostId, PostLimits.MaxIdChars) is { } id)
            return Reject(position, "platformPostId", $"platformPostId {id}");
        if (Problem(post.AuthorKey, PostLimits.MaxAuthorKeyChars) is { } key)
            return Reject(position, "authorKey", $"authorKey {key}");
        if (Problem(post.AuthorHandle, PostLimits.MaxIdChars) is { } handle)
            return Reject(position, "authorHandle", $"authorHandle {handle}");
        return null;
    }

    // Blank after control characters go, or absurdly long: either way not an identity anyone can look up.
    private static string? Problem(string? value, int maxChars)
    {
        if (value is null || string.IsNullOrWhiteSpace(SafeText.StripControl(value)))
            return "is blank";
        return value.Length > maxChars ? $"is {value.Length} chars long (at most {maxChars})" : null;
    }

    private static Post Capped(Post post)
    {
        var platformPostId = SafeText.StripControl(post.PlatformPostId).Trim();
        var authorKey = SafeText.StripControl(post.AuthorKey).Trim();
        var authorHandle = SafeText.StripControl(post.AuthorHandle).Trim();
        var text = PostFieldCaps.Cut(post.Text, PostLimits.MaxTextChars) ?? "";
        var transcript = PostFieldCaps.Cut(post.Transcript, PostLimits.MaxTranscriptChars);
        var displayName = PostFieldCaps.Cut(post.AuthorDisplayName, PostLimits.MaxNameChars);
        var soundTitle = PostFieldCaps.Cut(post.SoundTitle, PostLimits.MaxNameChars);
        var hashtags = PostFieldCaps.List(post.Hashtags, PostLimits.MaxHashtags, PostLimits.MaxHashtagChars);
        var fingerprints = PostFieldCaps.List(post.MediaFingerprints, PostLimits.MaxMediaFingerprints, PostLimits.MaxFingerprintChars);
        var url = PostFieldCaps.DropLong(post.Url, PostLimits.MaxUrlChars);
        var soundId = PostFieldCaps.DropLong(post.SoundId, PostLimits.MaxReferenceChars);
        var language = PostFieldCaps.DropLong(post.Language, PostLimits.MaxReferenceChars);
        var region = PostFieldCaps.DropLong(post.RegionCode, PostLimits.MaxReferenceChars);
        var replyTo = PostFieldCaps.DropLong(post.ReplyToKey, PostLimits.MaxReferenceChars);
        var repostOf = PostFieldCaps.DropLong(post.RepostOfKey, PostLimits.MaxReferenceChars);
        // RawJson is kept for audit only; a huge one is dropped, not cut (cut JSON is useless for re-parsing).
        var rawJson = post.RawJson is { Length: > PostLimits.MaxRawJsonChars } ? null : post.RawJson;

        var capped = post with
        {
            PlatformPostId = platformPostId,
            AuthorKey = authorKey,
            AuthorHandle = authorHandle,
            Text = text,
            Transcript = transcript,
            AuthorDisplayName = displayName,
            SoundTitle = soundTitle,
            Hashtags = hashtags,
            MediaFingerprints = fingerprints,
            Url = url,
            SoundId = soundId,
            Language = language,
            RegionCode = region,
            ReplyToKey = replyTo,
            RepostOfKey = repostOf,
            RawJson = rawJson,
            // A negative count is not a count; absent (null) is the honest value.
            Views = post.Views is < 0 ? null : post.Views,
            Likes = post.Likes is < 0 ? null : post.Likes,
            Shares = post.Shares is < 0 ? null : post.Shares,
            Comments = post.Comments is < 0 ? null : post.Comments,
        };

        // Nearly every post is within the limits already: then the same instance goes on, so callers can tell.
        return Changed(post, capped).Any() || capped.Views != post.Views || capped.Likes != post.Likes
            || capped.Shares != post.Shares || capped.Comments != post.Comments
            ? capped
            : post;
    }

    /// <summary>The fields <see cref="Check(Post, DateTimeOffset, string)"/> cut, dropped or cleaned in <paramref name="after"/>.</summary>
    public static IReadOnlyList<string> CappedFields(Post before, Post after) => [.. Changed(before, after)];

    private static IEnumerable<string> Changed(Post before, Post after)
    {
        foreach (var (name, of) in CappableFields)
        {
            if (!ReferenceEquals(of(before), of(after)))
                yield return name;
        }
    }

    private static bool IsPlatformName(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > PostLimits.MaxPlatformChars)
            return false;
        foreach (var c in value.Trim())
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_'))
                return false;
        }

        return true;
    }

    private static bool OutOfRange(DateTimeOffset time, DateTimeOffset now) =>
        time < PostLimits.EarliestTime || time > now + PostLimits.MaxFutureSkew;

    private static string Shown(string? value) => SafeText.ForDisplay(value, 40);

    private static MalformedRecord Reject(string position, string field, string message) => new(position, message, field);
}
