using System.Text.Json.Nodes;

namespace FactBot.Discord.Tests.EndToEnd;

/// <summary>A REST call the fake Discord accepted: its JSON (or <c>payload_json</c>) and the names of attached files.</summary>
internal sealed record FakeDiscordCall(string Method, string Path, JsonNode? Json, IReadOnlyList<string> Files);
