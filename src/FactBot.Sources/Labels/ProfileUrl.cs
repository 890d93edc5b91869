using FactBot.Core.Posts;

namespace FactBot.Sources.Labels;

/// <summary>
/// Takes the account handle out of a profile URL (tiktok.com/@x, t.me/x, youtube.com/channel/ID, …). Query,
/// fragment and trailing slash are ignored; a link that names no account (a video, a search) gives null rather
/// than a guess, because a wrong handle would label someone else.
/// </summary>
internal static class ProfileUrl
{
    private static readonly string[] HostPrefixes = ["www.", "m.", "mobile.", "web."];

    /// <param name="platform">One of <see cref="LabelPlatforms"/>' names.</param>
    /// <param name="url">The link as the list gives it, with or without scheme.</param>
    public static string? Handle(string platform, string url)
    {
        var text = url.Trim();
        if (text.Length == 0)
            return null;
        if (!text.Contains("://", StringComparison.Ordinal))
            text = "https://" + text;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return null;

        var host = Host(uri);
        var path = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(Uri.UnescapeDataString)
            .ToArray();
        var handle = platform switch
        {
            LabelPlatforms.TikTok when host is "tiktok.com" => At(path),
            LabelPlatforms.Telegram when host is "t.me" or "telegram.me" => Telegram(path),
            LabelPlatforms.Twitter when host is "twitter.com" or "x.com" => Single(path, "i", "intent", "home", "search", "hashtag", "share"),
            LabelPlatforms.Instagram when host is "instagram.com" => Single(path, "p", "reel", "reels", "explore", "stories"),
            LabelPlatforms.Facebook when host is "facebook.com" or "fb.com" => Facebook(uri, path),
            LabelPlatforms.YouTube when host is "youtube.com" => YouTube(path),
            LabelPlatforms.Vk when host is "vk.com" or "vk.ru" => Single(path, "wall", "video", "search"),
            LabelPlatforms.OkRu when host is "ok.ru" => Prefixed(path, "group", "profile") ?? Single(path, "video", "search"),
            LabelPlatforms.Rutube when host is "rutube.ru" => Prefixed(path, "channel"),
            LabelPlatforms.LinkedIn when host is "linkedin.com" => Prefixed(path, "company", "in", "school", "showcase"),
            _ => null,
        };
        var normalized = handle is null ? "" : PostNormalizer.Handle(handle);
        return normalized.Length == 0 ? null : normalized;
    }

    private static string Host(Uri uri)
    {
        var host = uri.Host.ToLowerInvariant();
        foreach (var prefix in HostPrefixes)
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal))
                return host[prefix.Length..];
        }

        return host;
    }

    private static string? At(string[] path) =>
        path.Length > 0 && path[0].StartsWith('@') ? path[0][1..] : null;

    // t.me/name, t.me/s/name (the web preview); invite links (t.me/+abc, t.me/joinchat/abc) name no channel.
    private static string? Telegram(string[] path) => path switch
    {
        ["s", var name, ..] => name,
        [var name, ..] when name is not "joinchat" && !name.StartsWith('+') => name,
        _ => null,
    };

    private static string? YouTube(string[] path) =>
        At(path) ?? Prefixed(path, "c", "channel", "user") ?? Single(path, "watch", "playlist", "results", "shorts", "embed", "live", "feed");

    private static string? Facebook(Uri uri, string[] path)
    {
        if (path is ["profile.php"])
            return QueryValue(uri, "id");
        return path is ["pages" or "people", .., var id] && path.Length >= 3 ? id : Single(path, "watch", "groups", "events", "share", "story.php");
    }

    /// <summary><c>/{prefix}/{name}</c> → name, for any of the prefixes.</summary>
    private static string? Prefixed(string[] path, params string[] prefixes) =>
        path.Length >= 2 && prefixes.Contains(path[0], StringComparer.OrdinalIgnoreCase) ? path[1] : null;

    /// <summary>A one-segment path that is not one of the site's own pages.</summary>
    private static string? Single(string[] path, params string[] reserved) =>
        path.Length >= 1
        && !reserved.Contains(path[0], StringComparer.OrdinalIgnoreCase)
        && !path[0].EndsWith(".php", StringComparison.OrdinalIgnoreCase)
            ? path[0]
            : null;

    private static string? QueryValue(Uri uri, string key)
    {
        foreach (var pair in uri.Query.TrimStart('?').Split('&'))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length == 2 && parts[0] == key)
                return Uri.UnescapeDataString(parts[1]);
        }

        return null;
    }
}
