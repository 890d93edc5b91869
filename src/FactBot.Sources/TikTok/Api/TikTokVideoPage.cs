using System.Text.Json;

namespace FactBot.Sources.TikTok.Api;

/// <summary>
/// The <c>data</c> of a successful video query. Videos are detached copies of the JSON (ids stay raw text);
/// a page may be short or empty while <see cref="HasMore"/> is still true (deleted videos are filtered after paging).
/// </summary>
internal sealed record TikTokVideoPage(IReadOnlyList<JsonElement> Videos, int? Cursor, bool HasMore, string? SearchId)
{
    public static TikTokVideoPage? From(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
            return null;

        var videos = data.TryGetProperty("videos", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(v => v.Clone()).ToList()
            : [];
        int? cursor = data.TryGetProperty("cursor", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : null;
        var hasMore = data.TryGetProperty("has_more", out var more) && more.ValueKind == JsonValueKind.True;
        return new TikTokVideoPage(videos, cursor, hasMore, TikTokHttp.String(data, "search_id"));
    }
}
