using System.Text;

namespace FactBot.Core.Posts;

/// <summary>
/// The one place where raw values become canonical: hashtags NFKC + lower-case without '#', handles
/// lower-case without '@', times UTC, NUL characters removed (TikTok usernames can contain them).
/// </summary>
public static class PostNormalizer
{
    public static Post Normalize(Post post) => post with
    {
        Platform = post.Platform.Trim().ToLowerInvariant(),
        PlatformPostId = post.PlatformPostId.Trim(),
        AuthorKey = StripNul(post.AuthorKey).Trim(),
        AuthorHandle = Handle(post.AuthorHandle),
        CreatedAt = post.CreatedAt.ToUniversalTime(),
        ObservedAt = post.ObservedAt.ToUniversalTime(),
        Text = StripNul(post.Text),
        Hashtags = Hashtags(post.Hashtags),
        SoundId = string.IsNullOrWhiteSpace(post.SoundId) ? null : post.SoundId.Trim(),
    };

    public static string Hashtag(string raw)
    {
        var value = StripNul(raw).Trim().TrimStart('#', '＃');
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

    public static string Handle(string raw) =>
        StripNul(raw).Trim().TrimStart('@').Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    public static string StripNul(string value) =>
        value.Contains('\0', StringComparison.Ordinal) ? value.Replace("\0", "", StringComparison.Ordinal) : value;
}
