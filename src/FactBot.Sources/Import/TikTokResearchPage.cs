using System.Globalization;
using System.Text.Json;
using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.Core.Sources;

namespace FactBot.Sources.Import;

/// <summary>
/// Reads one TikTok Research API video-query response,
/// <c>{"data":{"videos":[…],"cursor":N,"has_more":bool,"search_id":"…"},"error":{"code":"ok",…}}</c>,
/// into source items. One bad video does not sink its page; a page with an API error becomes one malformed item.
/// </summary>
internal static class TikTokResearchPage
{
    public const string ImportSource = "import:tiktok-research";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        // Hand-edited and some tool-written responses carry trailing commas; they are not worth rejecting.
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Whether <paramref name="json"/> is an object with a top-level <c>data</c> object (a response page).</summary>
    public static bool LooksLikePage(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("data", out var data)
                && data.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <param name="json">The page text.</param>
    /// <param name="pagePosition">e.g. <c>page-001.json#page1</c>; video positions append <c>:video{I}</c>.</param>
    /// <param name="skipVideosThrough">Videos with a 1-based index up to this are not returned (resume).</param>
    /// <param name="source">The <c>Post.Source</c> to stamp.</param>
    /// <param name="observedAt">When the page was read (now).</param>
    /// <param name="positionSuffix">Appended to every position (a file mark).</param>
    /// <param name="latest">The "now" of <see cref="PostValidator"/>; <paramref name="observedAt"/> when not given.</param>
    public static IReadOnlyList<SourceItem> Read(
        string json, string pagePosition, int skipVideosThrough, string source, DateTimeOffset observedAt, string positionSuffix = "",
        DateTimeOffset? latest = null)
    {
        JsonDocument document;
        try
        {
            // Raw NUL bytes are invalid JSON, yet appear in scraped dumps (4CAT strips them too).
            document = JsonDocument.Parse(json.Replace("\0", "", StringComparison.Ordinal), DocumentOptions);
        }
        catch (JsonException ex)
        {
            return [Malformed(pagePosition + positionSuffix, $"not JSON: {ex.Message}")];
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return [Malformed(pagePosition + positionSuffix, $"the page is {root.ValueKind}, not a response object")];
            if (ApiError(root) is { } apiError)
                return [Malformed(pagePosition + positionSuffix, apiError)];
            if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
                return [Malformed(pagePosition + positionSuffix, "no 'data' object: not a TikTok Research API video-query response")];

            // has_more:true with no videos is normal (deleted videos are filtered after paging): nothing to emit.
            if (!data.TryGetProperty("videos", out var videos) || videos.ValueKind == JsonValueKind.Null)
                return [];
            if (videos.ValueKind != JsonValueKind.Array)
                return [Malformed(pagePosition + positionSuffix, $"data.videos is {videos.ValueKind}, not an array")];

            var items = new List<SourceItem>();
            var index = 0;
            foreach (var video in videos.EnumerateArray())
            {
                index++;
                if (index <= skipVideosThrough)
                    continue;

                var position = string.Concat(pagePosition, ":video", index.ToString(CultureInfo.InvariantCulture), positionSuffix);
                var mapped = TikTokVideoMapper.Map(video, position, source, observedAt);
                items.Add(mapped.IsSuccess
                    ? CheckedItem.Of(mapped.Value, latest ?? observedAt, position, Shown(position))
                    : Malformed(position, mapped.Error.Message, (mapped.Error as MalformedRecord)?.Field));
            }

            return items;
        }
    }

    private static string? ApiError(JsonElement root)
    {
        if (!root.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
            return null;

        var code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        if (code is null || code.Equals("ok", StringComparison.OrdinalIgnoreCase))
            return null;

        var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : "";
        var logId = error.TryGetProperty("log_id", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
        return $"API error '{code}': {message}" + (string.IsNullOrEmpty(logId) ? "" : $" (log_id {logId})");
    }

    private static SourceItem Malformed(string position, string reason, string? field = null) =>
        SourceItem.Malformed(position, $"{Shown(position)}: {reason}", field);

    // Messages name the page and video; the file mark after them is for resuming, not for people.
    private static string Shown(string position) => position.IndexOf('@', StringComparison.Ordinal) is var at and >= 0 ? position[..at] : position;
}
