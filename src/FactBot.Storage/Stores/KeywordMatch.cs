using FactBot.Core.Posts;

namespace FactBot.Storage.Stores;

/// <summary>
/// What <c>kw:&lt;text&gt;</c> matches: the text (or transcript) contains the keyword, ignoring case.
/// The TestKit's in-memory store applies the same rule.
/// </summary>
internal static class KeywordMatch
{
    public static bool Matches(Post post, string keyword) =>
        post.Text.Contains(keyword, StringComparison.OrdinalIgnoreCase)
        || (post.Transcript?.Contains(keyword, StringComparison.OrdinalIgnoreCase) ?? false);
}
