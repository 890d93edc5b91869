using System.Text.Json.Nodes;

namespace FactBot.Discord.Tests.EndToEnd;

/// <summary>INTERACTION_CREATE payloads as Discord sends them (shape from the docs' example interaction).</summary>
internal static class InteractionPayloads
{
    private static int _ids = 1000;

    public static JsonObject Slash(string name, params (string Name, string Value)[] options) => Base(2, new JsonObject
    {
        ["id"] = "500",
        ["name"] = name,
        ["type"] = 1,
        ["options"] = new JsonArray([.. options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = 3, ["value"] = o.Value })]),
    });

    public static JsonObject Button(string customId) => Base(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 });

    /// <summary>The interaction token, which the callback path carries.</summary>
    public static string Token(JsonObject interaction) => (string)interaction["token"]!;

    private static JsonObject Base(int type, JsonObject data)
    {
        var id = Interlocked.Increment(ref _ids);
        return new JsonObject
        {
            ["id"] = $"13000000000000{id}",
            ["application_id"] = "100",
            ["type"] = type,
            ["token"] = $"token-{id}",
            ["version"] = 1,
            ["guild_id"] = "200",
            ["channel_id"] = "300",
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = "401", ["username"] = "checker", ["global_name"] = "Checker" },
                ["permissions"] = "0",
            },
            ["data"] = data,
        };
    }
}
