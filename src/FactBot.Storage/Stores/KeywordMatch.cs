using FactBot.Core.Posts;

namespace FactBot.Storage.Stores;

/// <summary>
/// What <c>kw:&lt;text&gt;</c> matches in the store: the post text contains the keyword, ignoring case — the
/// same rule as Core's <c>TargetMatcher</c>, so queries return what the detectors counted. The TestKit's
/// in-memory store applies it too.
/// </summary>
internal static class KeywordMatch
{
    public static bool Matches(Post post, string keyword) => post.Text.Contains(keyword, StringComparison.OrdinalIgnoreCase);
}
