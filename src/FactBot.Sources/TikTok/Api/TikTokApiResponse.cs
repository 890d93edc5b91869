using System.Net;

namespace FactBot.Sources.TikTok.Api;

/// <summary>
/// One answer of the video-query endpoint, classified. <c>error.code</c> decides even on HTTP 200 (TikTok reports
/// errors inside 200 responses); the HTTP status decides only when the body has no error object.
/// </summary>
internal sealed record TikTokApiResponse(HttpStatusCode Status, string? Code, string Message, string? LogId, TikTokVideoPage? Page)
{
    public TikTokFailureKind Failure => Classify();

    /// <summary>A one-line account for messages: <c>invalid_params: Search Id 73… is invalid or expired (HTTP 400, log_id …)</c>.</summary>
    public string Describe()
    {
        var code = Code ?? (Status == 0 ? "network" : "no error code");
        var text = Message.Length > 0 ? $"{code}: {Message}" : code;
        var http = Status == 0 ? "" : $"HTTP {(int)Status}";
        var log = LogId is { Length: > 0 } ? $"log_id {LogId}" : "";
        var extra = string.Join(", ", new[] { http, log }.Where(s => s.Length > 0));
        return extra.Length > 0 ? $"{text} ({extra})" : text;
    }

    public static TikTokApiResponse Transport(string message) => new(0, null, message, null, null);

    private TikTokFailureKind Classify()
    {
        var code = Code?.Trim().ToLowerInvariant();
        if (code is "access_token_invalid")
            return TikTokFailureKind.TokenInvalid;
        if (code is "scope_not_authorized" or "scope_permission_missed")
            return TikTokFailureKind.Scope;
        if (code is "rate_limit_exceeded" || Status == HttpStatusCode.TooManyRequests)
            return TikTokFailureKind.RateLimited;
        // The official wrapper spells it invalid_param; the API says invalid_params.
        if (code is not null && code.StartsWith("invalid_param", StringComparison.Ordinal))
            return IsExpiredSearchId(Message) ? TikTokFailureKind.SearchIdExpired : TikTokFailureKind.InvalidParams;
        if (code is "internal_error" || Status == 0 || (int)Status >= 500)
            return TikTokFailureKind.ServerError;
        if (Status == HttpStatusCode.Unauthorized && code is null or "ok")
            return TikTokFailureKind.TokenInvalid;
        if (code is not null and not "ok")
            return TikTokFailureKind.Other;
        if ((int)Status is < 200 or > 299)
            return TikTokFailureKind.Other;
        return Page is null ? TikTokFailureKind.ServerError : TikTokFailureKind.None;
    }

    private static bool IsExpiredSearchId(string message) =>
        message.Contains("search id", StringComparison.OrdinalIgnoreCase)
        && (message.Contains("invalid", StringComparison.OrdinalIgnoreCase) || message.Contains("expired", StringComparison.OrdinalIgnoreCase));
}
