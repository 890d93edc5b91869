using System.Diagnostics.CodeAnalysis;

namespace FactBot.Sources.Mastodon;

/// <summary>One configured instance: where its API lives, and the names we key it by.</summary>
/// <param name="BaseUri">The instance root, ending in '/', e.g. <c>https://mastodon.social/</c>.</param>
internal sealed record MastodonInstance(Uri BaseUri)
{
    /// <summary>The domain local accounts belong to: <c>alice</c> on it is <c>alice@{Host}</c>.</summary>
    public string Host => BaseUri.IdnHost.ToLowerInvariant();

    /// <summary>Host, port and path: distinguishes two instances on one host (as on a test machine).</summary>
    public string Key => (BaseUri.Authority + BaseUri.AbsolutePath.TrimEnd('/')).ToLowerInvariant();

    /// <summary>Accepts <c>mastodon.social</c> (https assumed) or an absolute http(s) URL without query or fragment.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out MastodonInstance? instance)
    {
        instance = null;
        var value = text?.Trim() ?? "";
        if (value.Length == 0 || value.Any(char.IsWhiteSpace))
            return false;

        if (!value.Contains("://", StringComparison.Ordinal))
            value = "https://" + value;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.Host.Length == 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
            return false;

        // A trailing '/' makes relative API paths resolve under the base path, not beside it.
        var root = uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");
        instance = new MastodonInstance(root);
        return true;
    }

    /// <summary>The first page of a hashtag timeline: the newest statuses, or those just after <paramref name="minId"/>.</summary>
    public Uri TagTimeline(string hashtag, int limit, string? minId)
    {
        var query = $"?limit={limit}";
        if (!string.IsNullOrEmpty(minId))
            query += "&min_id=" + Uri.EscapeDataString(minId);
        return new Uri(BaseUri, "api/v1/timelines/tag/" + Uri.EscapeDataString(hashtag) + query);
    }

    /// <summary>Whether <paramref name="uri"/> is on this instance (paging links are followed only there).</summary>
    public bool Owns(Uri uri) =>
        uri.IsAbsoluteUri
        && string.Equals(uri.Scheme, BaseUri.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Authority, BaseUri.Authority, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => Key;
}
