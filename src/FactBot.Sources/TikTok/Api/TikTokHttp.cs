using System.Text.Json;

namespace FactBot.Sources.TikTok.Api;

/// <summary>The named HTTP client and JSON reading rules shared by the token and query calls.</summary>
internal static class TikTokHttp
{
    public const string ClientName = "tiktok-research";

    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        // Real responses and hand-written fixtures carry trailing commas; they are not worth failing on.
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Parses a body leniently (raw NUL bytes removed); null when it is not JSON at all (an HTML 502 page).</summary>
    public static JsonDocument? TryParse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return null;
        try
        {
            return JsonDocument.Parse(body.Replace("\0", "", StringComparison.Ordinal), DocumentOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? String(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    /// <summary>Whether an HTTP failure is the network's or the server's fault (retry later), not our bug.</summary>
    public static bool IsTransport(Exception ex, CancellationToken ct) =>
        ex is HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested);
}
