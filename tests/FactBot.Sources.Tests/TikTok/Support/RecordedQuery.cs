using System.Globalization;
using System.Text.Json;
using WireMock;

namespace FactBot.Sources.Tests.TikTok.Support;

/// <summary>One video-query request as the fake received it.</summary>
internal sealed record RecordedQuery(
    string Body,
    string? Fields,
    string? Token,
    IReadOnlyList<string> Values,
    string Field,
    DateOnly Start,
    DateOnly End,
    int MaxCount,
    int Cursor,
    string? SearchId)
{
    public static RecordedQuery From(IRequestMessage request)
    {
        using var document = JsonDocument.Parse(request.Body ?? "{}");
        var root = document.RootElement;
        var first = root.GetProperty("query").GetProperty("and")[0];
        var auth = request.Headers?.TryGetValue("Authorization", out var header) == true ? header.ToString() : null;
        // WireMock splits a query value at commas; join it back.
        string? fields = request.Query?.TryGetValue("fields", out var f) == true ? string.Join(',', f) : null;
        return new RecordedQuery(
            request.Body ?? "",
            fields,
            auth is not null && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth["Bearer ".Length..] : null,
            [.. first.GetProperty("field_values").EnumerateArray().Select(v => v.GetString()!)],
            first.GetProperty("field_name").GetString()!,
            Day(root.GetProperty("start_date").GetString()!),
            Day(root.GetProperty("end_date").GetString()!),
            root.GetProperty("max_count").GetInt32(),
            root.GetProperty("cursor").GetInt32(),
            root.TryGetProperty("search_id", out var search) ? search.GetString() : null);
    }

    /// <summary>Whether a video answers this query: by id for <c>video_id</c>, else by its value; within the dates.</summary>
    public bool Matches(FakeVideo video) =>
        (Field == "video_id" ? Values.Contains(video.Id) : Values.Contains(video.Value))
        && video.Day >= Start && video.Day <= End;

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture);
}
