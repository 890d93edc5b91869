using System.Text.Json.Nodes;
using FactBot.Discord.Rest;

namespace FactBot.Discord.Rendering;

/// <summary>One Discord message body (embeds, components, flags) and its optional file, before mentions are stamped.</summary>
internal sealed record DiscordMessage(JsonObject Body, DiscordFile? File = null)
{
    public const int EphemeralFlag = 64;

    public DiscordMessage AsEphemeral()
    {
        var body = (JsonObject)Body.DeepClone();
        body["flags"] = EphemeralFlag;
        return this with { Body = body };
    }
}
