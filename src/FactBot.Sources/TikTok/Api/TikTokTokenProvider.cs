using System.Globalization;
using System.Net;
using System.Text.Json;
using FactBot.Core.Results;

namespace FactBot.Sources.TikTok.Api;

/// <summary>
/// The client-credentials access token (<c>POST /v2/oauth/token/</c>, form body). It is renewed
/// <see cref="TikTokOptions.TokenRefreshMargin"/> before it expires and whenever a call says it is invalid. The
/// key, the secret and the token never appear in a message or a log.
/// </summary>
internal sealed class TikTokTokenProvider(IHttpClientFactory http, TikTokOptions options, TimeProvider time) : IDisposable
{
    private const string TokenPath = "v2/oauth/token/";
    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(2);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _renewAt;

    /// <summary>How many tokens were fetched (for tests and the status line).</summary>
    public int Fetched { get; private set; }

    public async Task<Result<string>> GetAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_token is { } token && time.GetUtcNow() < _renewAt)
                return token;
            _token = null;
            return await FetchAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Drops <paramref name="token"/> after the API called it invalid, so the next call fetches a new one.</summary>
    public void Invalidate(string token) => Interlocked.CompareExchange(ref _token, null, token);

    public void Dispose() => _gate.Dispose();

    private async Task<Result<string>> FetchAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TokenPath)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["client_key"] = options.ClientKey ?? "",
                ["client_secret"] = options.ClientSecret ?? "",
                ["grant_type"] = "client_credentials",
            }),
        };
        request.Headers.CacheControl = new() { NoCache = true };

        HttpStatusCode status;
        string body;
        try
        {
            using var response = await http.CreateClient(TikTokHttp.ClientName).SendAsync(request, ct);
            status = response.StatusCode;
            body = await response.Content.ReadAsStringAsync(ct);
        }
        catch (Exception ex) when (TikTokHttp.IsTransport(ex, ct))
        {
            return new Unavailable($"The TikTok token endpoint could not be reached: {ex.Message}");
        }

        using var document = TikTokHttp.TryParse(body);
        var root = document?.RootElement ?? default;
        if (OAuthError(root) is { } error)
            return Classify(error.Code, error.Description, error.LogId, status);
        if (TikTokHttp.String(root, "access_token") is not { Length: > 0 } token)
        {
            return (int)status >= 500 || status == HttpStatusCode.TooManyRequests
                ? Classify(status == HttpStatusCode.TooManyRequests ? "rate_limit_exceeded" : "server_error", $"HTTP {(int)status}", null, status)
                : new Unavailable($"The TikTok token endpoint answered HTTP {(int)status} without an access_token.");
        }

        var lifetime = long.TryParse(TikTokHttp.String(root, "expires_in"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : DefaultLifetime;
        // Renew ahead of expiry; a lifetime shorter than the margin is renewed at half-life instead.
        var renewIn = lifetime > options.TokenRefreshMargin ? lifetime - options.TokenRefreshMargin : lifetime / 2;
        _token = token;
        _renewAt = time.GetUtcNow() + renewIn;
        Fetched++;
        return token;
    }

    // The token endpoint answers in the OAuth shape {"error":"invalid_client","error_description":…}, but be
    // ready for the data endpoints' {"error":{"code":…,"message":…}} too.
    private static (string Code, string Description, string? LogId)? OAuthError(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("error", out var error))
            return null;
        var logId = TikTokHttp.String(root, "log_id");
        if (error.ValueKind == JsonValueKind.String && error.GetString() is { Length: > 0 } code)
            return (code, TikTokHttp.String(root, "error_description") ?? "", logId);
        if (error.ValueKind == JsonValueKind.Object && TikTokHttp.String(error, "code") is { Length: > 0 } nested && nested != "ok")
            return (nested, TikTokHttp.String(error, "message") ?? "", TikTokHttp.String(error, "log_id") ?? logId);
        return null;
    }

    private static Error Classify(string code, string description, string? logId, HttpStatusCode status)
    {
        var detail = $"{code}: {description}".TrimEnd(' ', ':') + (logId is { Length: > 0 } ? $" (log_id {logId})" : "");
        if (code == "rate_limit_exceeded" || status == HttpStatusCode.TooManyRequests)
            return new RateLimited(TimeSpan.FromMinutes(1), $"The TikTok token endpoint is rate limiting: {detail}");
        if ((int)status >= 500 || code is "server_error" or "temporarily_unavailable" or "internal_error")
            return new Unavailable($"The TikTok token endpoint failed: {detail}");
        return new PermanentFailure(
            $"TikTok refused the client credentials: {detail}. Check TikTok:ClientKey and TikTok:ClientSecret "
            + "(FACTBOT__TikTok__ClientKey, FACTBOT__TikTok__ClientSecret) and that the research project is approved.");
    }
}
