using FactBot.Core.Abstractions;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;

namespace FactBot.Sources.Mastodon;

/// <summary>The hashtags to poll: the configured ones, then (when enabled) every watchlist hashtag that applies to Mastodon.</summary>
internal static class MastodonHashtags
{
    public static async Task<IReadOnlyList<string>> ResolveAsync(MastodonOptions options, IWatchlistStore watchlists, CancellationToken ct)
    {
        var tags = new List<string>();
        foreach (var tag in options.Hashtags)
            Add(tags, tag);

        if (options.HashtagsFromWatchlists)
        {
            foreach (var watchlist in await watchlists.ListAsync(ct))
            {
                foreach (var target in watchlist.Targets)
                {
                    if (target.Kind == TargetKind.Hashtag && target.AppliesTo(MastodonStatusMapper.Platform))
                        Add(tags, target.Value);
                }
            }
        }

        return tags;
    }

    private static void Add(List<string> tags, string raw)
    {
        var tag = PostNormalizer.Hashtag(raw);
        if (tag.Length > 0 && !tag.Any(char.IsWhiteSpace) && !tags.Contains(tag, StringComparer.Ordinal))
            tags.Add(tag);
    }
}
