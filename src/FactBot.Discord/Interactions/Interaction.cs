using System.Globalization;
using System.Numerics;
using System.Text.Json;
using FactBot.Core.Commands;
using FactBot.Core.Results;
using FactBot.Core.Subscriptions;
using FactBot.Discord.Rendering;

namespace FactBot.Discord.Interactions;

/// <summary>The parts of an INTERACTION_CREATE payload FactBot reads; ids stay strings (snowflakes exceed 2^53).</summary>
internal sealed record Interaction(
    string Id, string ApplicationId, int Type, string Token, JsonElement Data, string? GuildId, string ChannelId, CommandCaller Caller)
{
    /// <summary>ADMINISTRATOR (1 &lt;&lt; 3) and MANAGE_GUILD (1 &lt;&lt; 5): what makes a member a FactBot admin.</summary>
    private static readonly BigInteger AdminBits = (BigInteger.One << 3) | (BigInteger.One << 5);

    public bool IsDirectMessage => GuildId is null;

    public ChatRef Chat => new(DiscordChatSender.PlatformName, ChannelId);

    public static Result<Interaction> Parse(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("type", out var type) || !type.TryGetInt32(out var kind))
            return new InvalidArgument("interaction", "not an interaction payload");
        string? guild = Text(json, "guild_id");
        // In a guild the invoker is member.user (with the member's effective permissions); in a DM it is user.
        var member = json.TryGetProperty("member", out var m) && m.ValueKind == JsonValueKind.Object ? m : (JsonElement?)null;
        var user = member is { } mm && mm.TryGetProperty("user", out var mu) ? mu : json.TryGetProperty("user", out var u) ? u : default;
        var caller = new CommandCaller(
            DiscordChatSender.PlatformName,
            user.ValueKind == JsonValueKind.Object ? Text(user, "id") ?? "unknown" : "unknown",
            (member is { } n ? Text(n, "nick") : null) ?? (user.ValueKind == JsonValueKind.Object ? Text(user, "global_name") ?? Text(user, "username") : null) ?? "someone",
            PlatformAdmin: guild is not null && member is { } p && IsAdmin(Text(p, "permissions")));
        var channel = Text(json, "channel_id") ?? (json.TryGetProperty("channel", out var c) ? Text(c, "id") : null) ?? "";
        return new Interaction(
            Text(json, "id") ?? "",
            Text(json, "application_id") ?? "",
            kind,
            Text(json, "token") ?? "",
            json.TryGetProperty("data", out var data) ? data.Clone() : default,
            guild,
            channel,
            caller);
    }

    /// <summary>Permissions are a decimal string of a bitfield that may exceed 64 bits one day.</summary>
    public static bool IsAdmin(string? permissions) =>
        BigInteger.TryParse(permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits) && (bits & AdminBits) != BigInteger.Zero;

    private static string? Text(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
