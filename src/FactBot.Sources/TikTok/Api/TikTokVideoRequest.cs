using System.Text;
using System.Text.Json;
using FactBot.Sources.TikTok.Planning;
using FactBot.Sources.TikTok.Queries;

namespace FactBot.Sources.TikTok.Api;

/// <summary>
/// One <c>POST /v2/research/video/query/</c> body: the query, the window, the page size and, when resuming a
/// cached search, <c>cursor</c> and <c>search_id</c>.
/// </summary>
internal sealed record TikTokVideoRequest(TikTokQuery Query, TikTokWindow Window, int MaxCount, int Cursor = 0, string? SearchId = null)
{
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("query");
            Query.WriteTo(writer);
            writer.WriteString("start_date", Window.StartText);
            writer.WriteString("end_date", Window.EndText);
            writer.WriteNumber("max_count", MaxCount);
            writer.WriteNumber("cursor", Cursor);
            if (SearchId is { Length: > 0 })
                writer.WriteString("search_id", SearchId);
            writer.WriteBoolean("is_random", false);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
