using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace FactBot.Discord.Rest;

/// <summary>JSON bodies, or multipart with a <c>payload_json</c> part and a <c>files[0]</c> part when a file is attached.</summary>
internal static class MessageContent
{
    public static HttpContent? Create(JsonNode? body, DiscordFile? file)
    {
        if (file is null)
            return body is null ? null : Json(body);

        var multipart = new MultipartFormDataContent();
        var payload = Json(body ?? new JsonObject());
        payload.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"payload_json\"" };
        multipart.Add(payload);
        var bytes = new ByteArrayContent(file.Content);
        bytes.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
        bytes.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data")
        {
            Name = "\"files[0]\"",
            FileName = $"\"{file.FileName}\"",
        };
        multipart.Add(bytes);
        return multipart;
    }

    private static StringContent Json(JsonNode body) =>
        new(body.ToJsonString(), Encoding.UTF8, "application/json");
}
