using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactBot.Sources.Csv;

namespace FactBot.Sources.Import;

/// <summary>Cell parsing shared by the CSV mappers: ids kept as digit text, counts, times, and the row as raw JSON.</summary>
internal static class CsvCells
{
    // DateTimeOffset's range in unix seconds; anything outside is a corrupt cell.
    private const long MinUnixSeconds = -62_135_596_800;
    private const long MaxUnixSeconds = 253_402_300_799;

    // Raw records are stored, not embedded in HTML, so non-Latin text stays readable instead of \uXXXX escapes.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly string[] UtcFormats =
        ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    /// <summary>
    /// Why <paramref name="value"/> is not a usable id in column <paramref name="column"/>, or null. Spreadsheets
    /// turn 19-digit ids into <c>7.32077E+18</c>: the lost digits cannot be recovered, so the row must go.
    /// </summary>
    public static string? IdProblem(string column, string value)
    {
        if (value.Length > 0 && value.All(char.IsAsciiDigit))
            return null;
        if (IsScientific(value))
            return $"{column} '{value}' is in scientific notation: a spreadsheet rounded it and its last digits are lost; re-export the column as text";
        return $"{column} '{value}' is not an integer id";
    }

    /// <summary>A count such as <c>12</c>, or <c>12.0</c> as pandas writes integer columns that have gaps.</summary>
    public static bool TryCount(string text, out long value)
    {
        value = 0;
        var whole = WholePart(text);
        return whole is not null && long.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Unix seconds (<c>1704499196</c> or <c>1704499196.0</c>), or a UTC time <c>YYYY-MM-DD HH:MM:SS</c> (ISO with an offset also works).</summary>
    public static bool TryTime(string text, out DateTimeOffset value)
    {
        value = default;
        if (WholePart(text) is { } whole)
        {
            if (!long.TryParse(whole, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > MaxUnixSeconds)
                return false;
            value = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return true;
        }

        const DateTimeStyles utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        return DateTimeOffset.TryParseExact(text, UtcFormats, CultureInfo.InvariantCulture, utc, out value)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, utc, out value);
    }

    public static bool IsUnixSeconds(long seconds) => seconds is >= MinUnixSeconds and <= MaxUnixSeconds;

    /// <summary>Unix seconds within <see cref="DateTimeOffset"/>'s range, or null.</summary>
    public static long? UnixSeconds(DateTimeOffset time)
    {
        var seconds = time.ToUnixTimeSeconds();
        return seconds is < MinUnixSeconds or > MaxUnixSeconds ? null : seconds;
    }

    /// <summary>The row as a JSON object of its non-empty cells under their header names, kept as the post's raw record.</summary>
    public static string RowJson(CsvHeader header, CsvRow row)
    {
        var json = new JsonObject();
        for (var i = 0; i < header.Count; i++)
        {
            var cell = row.Get(i);
            if (cell.Length > 0 && header.Names[i].Length > 0 && !json.ContainsKey(header.Names[i]))
                json[header.Names[i]] = cell;
        }

        return json.ToJsonString(JsonOptions);
    }

    private static bool IsScientific(string value)
    {
        var e = value.IndexOfAny(['e', 'E']);
        return e > 0
            && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            && value[..e].Any(char.IsAsciiDigit);
    }

    // "123" and "123.0" (also "123.") give "123"; anything else gives null.
    private static string? WholePart(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? text : text[..dot];
        if (whole.Length == 0 || !whole.All(char.IsAsciiDigit))
            return null;
        return dot < 0 || text[(dot + 1)..].All(c => c == '0') ? whole : null;
    }
}
