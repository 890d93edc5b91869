using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.Sources.Csv;

namespace FactBot.Sources.Import;

/// <summary>
/// Maps a row of a TikTok Research API CSV dump (columns named after API fields) by rebuilding the API's video
/// object and handing it to <see cref="TikTokVideoMapper"/>, so a dumped video becomes exactly the post the API
/// page would have given. traktok's renamed columns are aliases (<c>video_id</c>, <c>author_name</c>,
/// <c>create_date</c>); list cells may be JSON, Python repr or comma-joined; unknown columns stay in the raw JSON.
/// </summary>
internal sealed class TikTokResearchCsvMapper : ICsvRowMapper
{
    public const string Source = "import:tiktok-research-csv";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["video_id"] = "id",
        ["author_name"] = "username",
        ["create_date"] = "create_time",
    };

    private static readonly HashSet<string> Ids = new(StringComparer.Ordinal) { "id", "music_id" };

    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal)
    {
        "like_count", "comment_count", "share_count", "view_count", "favorites_count", "favourites_count",
    };

    private static readonly HashSet<string> Lists = new(StringComparer.Ordinal) { "hashtag_names", "effect_ids" };

    // (cell index, API field name, header as written); the first column for a field wins over its aliases.
    private readonly List<(int Index, string Field, string Header)> _columns = [];

    public TikTokResearchCsvMapper(CsvHeader header)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in new[] { "id", "username", "create_time" })
        {
            var index = header.IndexOf([name, .. Aliases.Where(a => a.Value == name).Select(a => a.Key)]);
            if (index >= 0 && taken.Add(name))
                _columns.Add((index, name, header.Names[index]));
        }

        for (var i = 0; i < header.Count; i++)
        {
            var field = Aliases.GetValueOrDefault(header.Names[i]) ?? header.Names[i].ToLowerInvariant();
            if (field.Length > 0 && !_columns.Any(c => c.Index == i) && taken.Add(field))
                _columns.Add((i, field, header.Names[i]));
        }
    }

    /// <summary>Whether the header names the columns every row needs: an id, an author and a creation time.</summary>
    public static bool Fits(CsvHeader header) =>
        header.IndexOf("id", "video_id") >= 0 && header.IndexOf("username", "author_name") >= 0
        && header.IndexOf("create_time", "create_date") >= 0;

    public Result<Post> Map(CsvRow row, DateTimeOffset observedAt)
    {
        var video = new JsonObject();
        foreach (var (index, field, header) in _columns)
        {
            var cell = row.Get(index);
            if (cell.Length == 0)
                continue; // absent, not zero or empty

            var (value, problem) = Convert(field, header, cell);
            if (problem is not null)
                return new MalformedRecord("", problem);
            video[field] = value;
        }

        var mapped = TikTokVideoMapper.Map(JsonSerializer.SerializeToElement(video), "", Source, observedAt);
        return mapped.IsSuccess ? mapped.Value : new MalformedRecord("", mapped.Error.Message);
    }

    private static (JsonNode? Value, string? Problem) Convert(string field, string header, string cell)
    {
        if (Ids.Contains(field))
            return CsvCells.IdProblem(header, cell) is { } idProblem ? (null, idProblem) : (JsonValue.Create(cell), null);

        if (Counts.Contains(field))
        {
            return CsvCells.TryCount(cell, out var count)
                ? (JsonValue.Create(count), null)
                : (null, $"{header} '{cell}' is not a whole number");
        }

        if (field == "create_time")
            return Time(header, cell);

        if (Lists.Contains(field))
        {
            var (items, error) = ListCell.Parse(cell);
            return error is null
                ? (new JsonArray([.. items.Select(item => (JsonNode?)JsonValue.Create(item))]), null)
                : (null, $"{header} is not a list: {error}");
        }

        return (JsonValue.Create(cell), null);
    }

    // create_time is unix seconds; traktok's create_date may hold a date-time or, as in API queries, YYYYMMDD.
    private static (JsonNode? Value, string? Problem) Time(string header, string cell)
    {
        var isDate = header.Equals("create_date", StringComparison.OrdinalIgnoreCase) && cell.Length == 8 && cell.All(char.IsAsciiDigit);
        var parsed = isDate
            ? DateTimeOffset.TryParseExact(cell, "yyyyMMdd", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            : CsvCells.TryTime(cell, out time);
        return parsed && CsvCells.UnixSeconds(time) is { } seconds
            ? (JsonValue.Create(seconds), null)
            : (null, $"{header} '{cell}' is neither unix seconds nor a UTC date-time");
    }
}
