using System.Globalization;
using System.Text.Json;

namespace FactBot.Sources.Import;

/// <summary>
/// Reads typed fields of one JSON object and remembers the first type error, so a mapper can read every field
/// in a row and report one clear reason. Ids are read as raw text: TikTok ids exceed 2^53 and even ulong.
/// Null values count as absent.
/// </summary>
internal sealed class JsonFields(JsonElement obj)
{
    /// <summary>The first problem met, e.g. "id is an Object, expected a number or string".</summary>
    public string? Error { get; private set; }

    /// <summary>The first present field among <paramref name="names"/> as digit-only text, or null when absent.</summary>
    public string? Id(params string[] names)
    {
        foreach (var name in names)
        {
            if (Get(name) is not { } value)
                continue;

            var text = value.ValueKind switch
            {
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.String => value.GetString()!.Trim(),
                _ => null,
            };
            if (text is null)
                return Fail(name, value, "a number or string");
            if (text.Length == 0 || !text.All(char.IsAsciiDigit))
                return Fail($"{name} '{text}' is not an integer id (scientific notation or a sign loses digits)");
            return text;
        }

        return null;
    }

    public string? String(string name)
    {
        if (Get(name) is not { } value)
            return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString() : Fail(name, value, "a string");
    }

    /// <summary>A whole number given as a JSON number or a numeric string; null when absent (absent is not zero).</summary>
    public long? Integer(string name)
    {
        if (Get(name) is not { } value)
            return null;

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
            return number;
        if (value.ValueKind == JsonValueKind.String
            && long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
            return number;

        Fail(name, value, "a whole number");
        return null;
    }

    /// <summary>An array of strings (numbers are taken as their raw text); empty when absent.</summary>
    public IReadOnlyList<string> Strings(string name)
    {
        if (Get(name) is not { } value)
            return [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            Fail(name, value, "an array");
            return [];
        }

        var result = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            switch (item.ValueKind)
            {
                case JsonValueKind.String:
                    result.Add(item.GetString()!);
                    break;
                case JsonValueKind.Number:
                    result.Add(item.GetRawText());
                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    Fail($"{name} contains {Describe(item)}, expected strings");
                    return [];
            }
        }

        return result;
    }

    private JsonElement? Get(string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private string? Fail(string name, JsonElement value, string expected) =>
        Fail($"{name} is {Describe(value)}, expected {expected}");

    private string? Fail(string message)
    {
        Error ??= message;
        return null;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string '{Shorten(value.GetString()!)}'",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => $"'{Shorten(value.GetRawText())}'",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
