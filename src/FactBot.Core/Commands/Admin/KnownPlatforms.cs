using FactBot.Core.Results;

namespace FactBot.Core.Commands.Admin;

/// <summary>
/// The platform names a watch target or a label may name. They are the lower-case names posts are stored under
/// (<c>Post.Platform</c>), so a typo here would silently match nothing: unknown names are refused instead.
/// </summary>
internal static class KnownPlatforms
{
    public static readonly IReadOnlyList<string> All =
    [
        "tiktok", "telegram", "mastodon", "bluesky", "youtube", "twitter", "instagram", "facebook", "vk", "okru",
        "rutube", "linkedin", "threads", "reddit", "rumble",
    ];

    /// <summary>One platform name; <paramref name="option"/> names the option in the error.</summary>
    public static Result<string> Parse(string option, string text)
    {
        var name = text.Trim().ToLowerInvariant();
        return All.Contains(name, StringComparer.Ordinal)
            ? name
            : new InvalidArgument(option, $"'{option}' has an unknown platform '{text.Trim()}'. Known: {string.Join(", ", All)}.");
    }

    /// <summary>
    /// A comma list (<c>tiktok,telegram</c>), de-duplicated and sorted so equal lists compare equal; <c>all</c>
    /// gives the empty list, which means every platform.
    /// </summary>
    public static Result<IReadOnlyList<string>> ParseList(string option, string text)
    {
        if (string.Equals(text.Trim(), "all", StringComparison.OrdinalIgnoreCase))
            return Result<IReadOnlyList<string>>.Ok([]);
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Parse(option, part);
            if (!name.IsSuccess)
                return name.Error;
            names.Add(name.Value);
        }

        return names.Count == 0
            ? new InvalidArgument(option, $"'{option}' names no platform. Write e.g. tiktok,telegram or all.")
            : Result<IReadOnlyList<string>>.Ok([.. names]);
    }

    public static string Describe(IReadOnlyList<string> platforms) =>
        platforms.Count == 0 ? "all platforms" : string.Join(", ", platforms);
}
