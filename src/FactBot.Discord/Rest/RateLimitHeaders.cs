using System.Globalization;
using System.Net.Http.Headers;

namespace FactBot.Discord.Rest;

/// <summary>The <c>X-RateLimit-*</c> headers of one response (all optional: not every route sends them).</summary>
internal sealed record RateLimitHeaders(string? Bucket, int? Limit, int? Remaining, TimeSpan? ResetAfter, bool Global, string? Scope, TimeSpan? RetryAfter)
{
    public static RateLimitHeaders Parse(HttpResponseHeaders headers) => new(
        Text(headers, "X-RateLimit-Bucket"),
        int.TryParse(Text(headers, "X-RateLimit-Limit"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit) ? limit : null,
        int.TryParse(Text(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining) ? remaining : null,
        Seconds(Text(headers, "X-RateLimit-Reset-After")),
        string.Equals(Text(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
        Text(headers, "X-RateLimit-Scope"),
        Seconds(Text(headers, "Retry-After")));

    public static TimeSpan? Seconds(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && double.IsFinite(seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;

    private static string? Text(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
