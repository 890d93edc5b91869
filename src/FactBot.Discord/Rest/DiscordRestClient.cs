using System.Net.Http.Headers;
using System.Text.Json;
using FactBot.Core.Results;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactBot.Discord.Rest;

/// <summary>
/// Discord REST over one <see cref="HttpClient"/>: paced by <see cref="DiscordRateLimiter"/>, short 429s sat out and
/// retried (at most 3 times), longer ones handed back as <see cref="RateLimited"/>. Failures are values:
/// 5xx and network errors are <see cref="Unavailable"/>, other 4xx are <see cref="DiscordRejected"/>.
/// </summary>
internal sealed partial class DiscordRestClient(
    HttpClient http,
    DiscordRateLimiter limiter,
    IOptions<DiscordOptions> options,
    ILogger<DiscordRestClient> logger)
{
    public const string HttpClientName = "FactBot.Discord";
    private const int MaxRetries = 3;
    private readonly string _baseUrl = options.Value.ApiBaseUrl.TrimEnd('/') + "/";
    private readonly string _userAgent = $"DiscordBot ({options.Value.UserAgentUrl}, {typeof(DiscordRestClient).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"})";
    private volatile bool _tokenRejected;

    /// <summary>Set after Discord answered 401 to the bot token: no further bot call is made (Discord asks for that).</summary>
    public bool TokenRejected => _tokenRejected;

    public string UserAgent => _userAgent;

    public async Task<Result<JsonElement?>> SendAsync(DiscordRequest request, CancellationToken ct = default)
    {
        var route = request.Route;
        if (_tokenRejected && route.UsesBotToken)
            return new Unavailable("Discord rejected the bot token (401); no call is made until FACTBOT__Discord__Token is fixed and FactBot restarted.");

        for (var retry = 0; ; retry++)
        {
            var gate = await limiter.AcquireAsync(route, ct);
            if (!gate.IsSuccess)
                return Result<JsonElement?>.Fail(gate.Error!);

            var answer = await ExchangeAsync(request, ct);
            if (!answer.IsSuccess)
                return answer.Error;
            var (status, headers, body) = answer.Value;
            limiter.Observe(route, status, headers);

            if (status is >= 200 and < 300)
                return body;
            if (status == 429)
            {
                var (retryAfter, global) = RetryAfter(headers, body);
                limiter.Limited(route, retryAfter, global);
                LogRateLimited(logger, route.Display, retryAfter.TotalSeconds, global, retry);
                if (retry < MaxRetries && retryAfter <= options.Value.MaxInlineRateLimitWait)
                    continue; // the limiter now waits out retry_after before the next attempt
                return new RateLimited(retryAfter, $"Discord rate limit on {route.Display}: retry after {retryAfter.TotalSeconds:0.###} s");
            }

            return Failure(route, status, body);
        }
    }

    private async Task<Result<(int Status, RateLimitHeaders Headers, JsonElement? Body)>> ExchangeAsync(DiscordRequest request, CancellationToken ct)
    {
        using var message = Build(request);
        try
        {
            using var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, ct);
            var bytes = await response.Content.ReadAsByteArrayAsync(ct);
            return ((int)response.StatusCode, RateLimitHeaders.Parse(response.Headers), Parse(bytes));
        }
        catch (HttpRequestException ex)
        {
            return new Unavailable($"Discord could not be reached ({request.Route.Display}): {ex.Message}");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new Unavailable($"Discord did not answer {request.Route.Display} within {options.Value.RequestTimeout.TotalSeconds:0} s");
        }
    }

    private HttpRequestMessage Build(DiscordRequest request)
    {
        var message = new HttpRequestMessage(request.Route.Method, new Uri(_baseUrl + request.Route.Path));
        message.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        if (request.Route.UsesBotToken)
            message.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.Token);
        message.Content = MessageContent.Create(request.Body, request.File);
        return message;
    }

    private Error Failure(DiscordRoute route, int status, JsonElement? body)
    {
        var (text, code) = ErrorText(body);
        if (status >= 500)
            return new Unavailable($"Discord answered {status} on {route.Display}: {text}");
        if (status == 401 && route.UsesBotToken)
        {
            _tokenRejected = true;
            LogTokenRejected(logger, route.Display);
        }

        return new DiscordRejected(status, code, $"Discord refused {route.Display} with {status}: {text}{(code is { } c ? $" (code {c})" : "")}");
    }

    private static (TimeSpan RetryAfter, bool Global) RetryAfter(RateLimitHeaders headers, JsonElement? body)
    {
        // The body's retry_after is more precise than the Retry-After header.
        TimeSpan? fromBody = body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty("retry_after", out var r) && r.TryGetDouble(out var s) && s >= 0
            ? TimeSpan.FromSeconds(s) : null;
        var global = headers.Global || (body is { ValueKind: JsonValueKind.Object } g && g.TryGetProperty("global", out var gl) && gl.ValueKind == JsonValueKind.True);
        return (fromBody ?? headers.RetryAfter ?? headers.ResetAfter ?? TimeSpan.FromSeconds(1), global);
    }

    private static (string Text, int? Code) ErrorText(JsonElement? body)
    {
        if (body is not { ValueKind: JsonValueKind.Object } json)
            return ("no details", null);
        var text = json.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : "no details";
        int? code = json.TryGetProperty("code", out var c) && c.TryGetInt32(out var n) ? n : null;
        return (text, code);
    }

    private static JsonElement? Parse(byte[] bytes)
    {
        if (bytes.Length == 0)
            return null;
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null; // e.g. Cloudflare's HTML ban page: the status code says enough
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord rate limit on {Route}: retry after {Seconds} s (global {Global}, retry {Retry})")]
    private static partial void LogRateLimited(ILogger logger, string route, double seconds, bool global, int retry);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord rejected the bot token (401 on {Route}). Set FACTBOT__Discord__Token to a valid token; no more bot calls are made")]
    private static partial void LogTokenRejected(ILogger logger, string route);
}
