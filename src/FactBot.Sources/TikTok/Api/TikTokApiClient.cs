using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace FactBot.Sources.TikTok.Api;

/// <summary>Sends one video query with a given token and reads the answer; retries and quota are the caller's.</summary>
internal sealed class TikTokApiClient(IHttpClientFactory http)
{
    private const string QueryPath = "v2/research/video/query/";

    public async Task<TikTokApiResponse> QueryVideosAsync(TikTokVideoRequest body, string fields, string token, CancellationToken ct)
    {
        var names = fields.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var uri = QueryPath + "?fields=" + string.Join(',', names.Select(Uri.EscapeDataString));
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new StringContent(body.ToJson(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        try
        {
            using var response = await http.CreateClient(TikTokHttp.ClientName).SendAsync(request, ct);
            var text = await response.Content.ReadAsStringAsync(ct);
            return Read(response.StatusCode, text);
        }
        catch (Exception ex) when (TikTokHttp.IsTransport(ex, ct))
        {
            return TikTokApiResponse.Transport($"the TikTok API could not be reached: {ex.Message}");
        }
    }

    private static TikTokApiResponse Read(HttpStatusCode status, string body)
    {
        using var document = TikTokHttp.TryParse(body);
        if (document is null)
            return new TikTokApiResponse(status, null, body.Length == 0 ? "empty body" : "the body is not JSON", null, null);

        var root = document.RootElement;
        string? code = null, message = null, logId = null;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var error))
        {
            code = TikTokHttp.String(error, "code") ?? TikTokHttp.String(root, "error");
            message = TikTokHttp.String(error, "message") ?? TikTokHttp.String(root, "error_description");
            logId = TikTokHttp.String(error, "log_id") ?? TikTokHttp.String(root, "log_id");
        }

        var page = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data)
            ? TikTokVideoPage.From(data)
            : null;
        return new TikTokApiResponse(status, code, message ?? "", logId, page);
    }
}
