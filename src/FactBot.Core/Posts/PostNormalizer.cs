using System.Text;

namespace FactBot.Core.Posts;

/// <summary>
/// The one place where raw values become canonical: hashtags NFKC + lower-case without '#', handles
/// lower-case without '@', times UTC, NUL characters removed (TikTok usernames can contain them).
/// </summary>
public static class PostNormalizer
{
    // TrimStart(params char[]) would allocate this array on every call: once per hashtag of every post.
    private static readonly char[] HashMarks = ['#', '＃'];

    /// <summary>
    /// The canonical form of <paramref name="post"/>. A post that is canonical already is returned as it is (and its
    /// hashtag list reused): ingest normalises every post, and most arrive canonical from the adapters.
    /// </summary>
    public static Post Normalize(Post post)
    {
        var platform = post.Platform.Trim().ToLowerInvariant();
        var platformPostId = post.PlatformPostId.Trim();
        var authorKey = StripNul(post.AuthorKey).Trim();
        var authorHandle = Handle(post.AuthorHandle);
        var text = StripNul(post.Text);
        var hashtags = CanonicalHashtags(post.Hashtags);
        var soundId = string.IsNullOrWhiteSpace(post.SoundId) ? null : post.SoundId.Trim();

        // Each step above returns its input when nothing changes, so reference equality means "already canonical".
        if (ReferenceEquals(platform, post.Platform)
            && ReferenceEquals(platformPostId, post.PlatformPostId)
            && ReferenceEquals(authorKey, post.AuthorKey)
            && ReferenceEquals(authorHandle, post.AuthorHandle)
            && ReferenceEquals(text, post.Text)
            && ReferenceEquals(hashtags, post.Hashtags)
            && ReferenceEquals(soundId, post.SoundId)
            && post.CreatedAt.Offset == TimeSpan.Zero
            && post.ObservedAt.Offset == TimeSpan.Zero)
        {
            return post;
        }

        return post with
        {
            Platform = platform,
            PlatformPostId = platformPostId,
            AuthorKey = authorKey,
            AuthorHandle = authorHandle,
            CreatedAt = post.CreatedAt.ToUniversalTime(),
            ObservedAt = post.ObservedAt.ToUniversalTime(),
            Text = text,
            Hashtags = hashtags,
            SoundId = soundId,
        };
    }

    public static string Hashtag(string raw)
    {
        if (IsPlainLowerAscii(raw, '#'))
            return raw;
        var value = StripNul(raw).Trim().TrimStart(HashMarks);
        return value.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
    }

    public static IReadOnlyList<string> Hashtags(IEnumerable<string> raw)
    {
        var result = new List<string>();
        foreach (var tag in raw)
        {
            var normalized = Hashtag(tag);
            if (normalized.Length > 0 && !result.Contains(normalized, StringComparer.Ordinal))
                result.Add(normalized);
        }

        return result;
    }

    public static string Handle(string raw) => IsPlainLowerAscii(raw, '@')
        ? raw
        : StripNul(raw).Trim().TrimStart('@').Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    public static string StripNul(string value) =>
        value.Contains('\0', StringComparison.Ordinal) ? value.Replace("\0", "", StringComparison.Ordinal) : value;

    // Already canonical, the common case, in one pass: printable ASCII (so NFKC leaves it), no upper case, nothing for
    // Trim to remove at either end and no leading mark. Anything else takes the full path.
    private static bool IsPlainLowerAscii(string value, char mark)
    {
        if (value.Length == 0 || value[0] == mark || value[0] <= ' ' || value[^1] <= ' ')
            return false;
        foreach (var c in value)
        {
            if (c is < ' ' or > '~' or (>= 'A' and <= 'Z'))
                return false;
        }

        return true;
    }

    // What Hashtags(raw) gives, but the list itself when every tag is canonical already, non-empty and distinct.
    private static IReadOnlyList<string> CanonicalHashtags(IReadOnlyList<string> raw)
    {
        List<string>? result = null;
        for (var i = 0; i < raw.Count; i++)
        {
            var tag = raw[i];
            var normalized = Hashtag(tag);
            if (result is null)
            {
                if (ReferenceEquals(normalized, tag) && normalized.Length > 0 && !AppearsBefore(raw, i, normalized))
                    continue;

                // The first change: the tags before it were canonical and distinct, so they start the new list.
                result = new List<string>(raw.Count);
                for (var j = 0; j < i; j++)
                    result.Add(raw[j]);
            }

            if (normalized.Length > 0 && !result.Contains(normalized, StringComparer.Ordinal))
                result.Add(normalized);
        }

        return result ?? raw;
    }

    private static bool AppearsBefore(IReadOnlyList<string> tags, int index, string tag)
    {
        for (var j = 0; j < index; j++)
        {
            if (string.Equals(tags[j], tag, StringComparison.Ordinal))
                return true;
        }

        return false;
    }
}
