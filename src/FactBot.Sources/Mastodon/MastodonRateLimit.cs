using System.Globalization;
using System.Net.Http.Headers;

namespace FactBot.Sources.Mastodon;

/// <summary>
/// Mastodon's rate-limit headers on one response: <c>X-RateLimit-Limit</c>, <c>X-RateLimit-Remaining</c> and
/// <c>X-RateLimit-Reset</c> (an ISO 8601 time). Any of them may be missing (proxies, other server software).
/// </summary>
internal sealed record MastodonRateLimit(int? Limit, int? Remaining, DateTimeOffset? Reset)
{
    public static readonly MastodonRateLimit None = new(null, null, null);

    public static MastodonRateLimit From(HttpResponseHeaders headers) => new(
        Integer(headers, "X-RateLimit-Limit"),
        Integer(headers, "X-RateLimit-Remaining"),
        Time(headers, "X-RateLimit-Reset"));

    private static string? First(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;

    private static int? Integer(HttpResponseHeaders headers, string name) =>
        int.TryParse(First(headers, name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static DateTimeOffset? Time(HttpResponseHeaders headers, string name) =>
        DateTimeOffset.TryParse(
            First(headers, name),
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out var value)
            ? value
            : null;
}
