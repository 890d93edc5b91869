using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactBot.Discord.Tests.Support;

/// <summary>A request as the fake handler saw it, stamped with the fake clock's time.</summary>
internal sealed record RecordedRequest(HttpMethod Method, string Path, string Body, string? ContentType, IReadOnlyDictionary<string, string> Headers, DateTimeOffset At)
{
    /// <summary>The JSON body, or the <c>payload_json</c> part of a multipart body.</summary>
    public JsonObject Json => PayloadJson(Body, ContentType);

    public static JsonObject PayloadJson(string body, string? contentType)
    {
        if (contentType?.StartsWith("multipart/", StringComparison.Ordinal) != true)
            return JsonNode.Parse(body)!.AsObject();
        // Multipart: the payload_json part is the JSON object between the part headers and the next boundary.
        var start = body.IndexOf("name=\"payload_json\"", StringComparison.Ordinal);
        var open = body.IndexOf('{', start);
        using var document = JsonDocument.Parse(ReadObject(body, open));
        return JsonNode.Parse(document.RootElement.GetRawText())!.AsObject();
    }

    private static string ReadObject(string text, int open)
    {
        var depth = 0;
        var inString = false;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                    i++;
                else if (c == '"')
                    inString = false;
            }
            else if (c == '"')
                inString = true;
            else if (c == '{')
                depth++;
            else if (c == '}' && --depth == 0)
                return text[open..(i + 1)];
        }

        throw new FormatException("unterminated payload_json");
    }
}
