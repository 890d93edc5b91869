namespace FactBot.Sources.TikTok.Api;

/// <summary>What a video-query answer means for the caller's next step.</summary>
internal enum TikTokFailureKind
{
    None,

    /// <summary>401 / access_token_invalid: renew the token and retry.</summary>
    TokenInvalid,

    /// <summary>scope_not_authorized / scope_permission_missed: the project is not approved; nothing helps.</summary>
    Scope,

    /// <summary>429 / rate_limit_exceeded (the daily quota or an undocumented short-term limit).</summary>
    RateLimited,

    /// <summary>"Search Id … is invalid or expired": retry a few times, then restart the window.</summary>
    SearchIdExpired,

    /// <summary>Any other invalid_params: the request is wrong.</summary>
    InvalidParams,

    /// <summary>5xx, internal_error, an unreadable body or a network failure: retry later.</summary>
    ServerError,

    /// <summary>An error code we do not know.</summary>
    Other,
}
