using System.Text;
using System.Text.RegularExpressions;

namespace FactBot.Core.Detection.Coordination.Objects;

/// <summary>
/// Extracts links from post text and reduces each to the form two shares of the same page have in common: no scheme,
/// lower-case host without <c>www.</c>, no fragment, no trailing slash, tracking parameters removed.
/// </summary>
internal static partial class UrlNormalizer
{
    private static readonly string[] TrackingPrefixes = ["utm_"];
    private static readonly HashSet<string> TrackingNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "igshid", "igsh", "si", "mc_cid", "mc_eid", "ref", "ref_src", "_r", "is_from_webapp", "sender_device",
    };

    public static IEnumerable<string> Extract(string? text)
    {
        if (string.IsNullOrEmpty(text))
            yield break;

        foreach (Match match in LinkPattern().Matches(text))
        {
            if (Normalize(match.Value) is { } normalized)
                yield return normalized;
        }
    }

    public static string? Normalize(string raw)
    {
        var candidate = raw.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '"', '\'');
        if (candidate.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            candidate = "https://" + candidate;
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return null;

        var host = uri.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
            host = host[4..];

        var builder = new StringBuilder(host);
        if (!uri.IsDefaultPort)
            builder.Append(':').Append(uri.Port);
        builder.Append(uri.AbsolutePath.TrimEnd('/'));

        var kept = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=', 2)[0]))
            .ToList();
        if (kept.Count > 0)
            builder.Append('?').Append(string.Join('&', kept));

        return builder.ToString();
    }

    private static bool IsTracking(string name) =>
        TrackingNames.Contains(name) || TrackingPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
