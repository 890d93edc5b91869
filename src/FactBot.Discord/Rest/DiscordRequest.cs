using System.Text.Json.Nodes;

namespace FactBot.Discord.Rest;

/// <summary>One REST call: route, JSON body, and an optional file (sent as multipart with <c>payload_json</c>).</summary>
internal sealed record DiscordRequest(DiscordRoute Route, JsonNode? Body = null, DiscordFile? File = null)
{
    public static DiscordRequest Get(string path) => new(new DiscordRoute(HttpMethod.Get, path));

    public static DiscordRequest Put(string path, JsonNode body) => new(new DiscordRoute(HttpMethod.Put, path), body);
}
