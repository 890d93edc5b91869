using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FactBot.Sources.Import;

/// <summary>
/// Reads a list written into one CSV cell, in the three shapes dumps use: a JSON array (<c>["a","b"]</c>), a Python
/// repr from pandas <c>to_csv</c> over lists (<c>['a', 'b']</c>, escapes included), or comma-joined text (<c>a,b</c>).
/// </summary>
internal static class ListCell
{
    /// <summary>The items (numbers as their text, <c>None</c>/<c>null</c> dropped), or the reason the cell is not a list.</summary>
    public static (IReadOnlyList<string> Items, string? Error) Parse(string cell)
    {
        var text = cell.Trim();
        if (text.Length == 0)
            return ([], null);
        if (!text.StartsWith('['))
            return (text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), null);
        if (!text.EndsWith(']'))
            return ([], "starts with '[' but does not end with ']'");

        return TryJson(text, out var items) ? (items, null) : PythonRepr(text);
    }

    private static bool TryJson(string text, out List<string> items)
    {
        items = [];
        try
        {
            using var document = JsonDocument.Parse(text);
            foreach (var item in document.RootElement.EnumerateArray())
            {
                switch (item.ValueKind)
                {
                    case JsonValueKind.String:
                        items.Add(item.GetString()!);
                        break;
                    case JsonValueKind.Number:
                        items.Add(item.GetRawText());
                        break;
                    case JsonValueKind.Null:
                        break;
                    default:
                        return false;
                }
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static (IReadOnlyList<string> Items, string? Error) PythonRepr(string text)
    {
        var items = new List<string>();
        var i = 1;
        var end = text.Length - 1; // the closing ']'
        while (true)
        {
            SkipSpaces(text, ref i, end);
            if (i >= end)
                return (items, null);

            string? item;
            if (text[i] is '\'' or '"')
            {
                var error = ReadQuoted(text, ref i, end, out item);
                if (error is not null)
                    return ([], error);
            }
            else
            {
                var start = i;
                while (i < end && text[i] != ',')
                    i++;
                var bare = text[start..i].Trim();
                item = bare is "None" or "nan" or "NaN" ? null : bare;
                if (bare.Length == 0 || bare.Any(c => c is '\'' or '"' or '[' or ']'))
                    return ([], $"'{bare}' is not a list item");
            }

            if (item is not null)
                items.Add(item);
            SkipSpaces(text, ref i, end);
            if (i >= end)
                return (items, null);
            if (text[i] != ',')
                return ([], $"unexpected '{text[i]}' after an item at character {i + 1}");
            i++;
        }
    }

    private static string? ReadQuoted(string text, ref int i, int end, out string? item)
    {
        var quote = text[i++];
        var value = new StringBuilder();
        while (i < end)
        {
            var c = text[i++];
            if (c == quote)
            {
                item = value.ToString();
                return null;
            }

            if (c != '\\' || i >= end)
            {
                value.Append(c);
                continue;
            }

            var escape = text[i++];
            switch (escape)
            {
                case 'n': value.Append('\n'); break;
                case 't': value.Append('\t'); break;
                case 'r': value.Append('\r'); break;
                case '0': value.Append('\0'); break;
                case '\\' or '\'' or '"': value.Append(escape); break;
                case 'x' or 'u' or 'U':
                    var digits = escape == 'x' ? 2 : escape == 'u' ? 4 : 8;
                    if (i + digits > end || !int.TryParse(text.AsSpan(i, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code)
                        || code > 0x10FFFF)
                    {
                        item = null;
                        return $"a bad \\{escape} escape at character {i}";
                    }

                    value.Append(char.ConvertFromUtf32(code is >= 0xD800 and <= 0xDFFF ? 0xFFFD : code));
                    i += digits;
                    break;
                default:
                    // Python keeps unknown escapes as written.
                    value.Append('\\').Append(escape);
                    break;
            }
        }

        item = null;
        return $"a quoted item is not closed (no matching {quote})";
    }

    private static void SkipSpaces(string text, ref int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
            i++;
    }
}
