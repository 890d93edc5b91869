namespace FactBot.Discord.Gateway;

/// <summary>The payloads FactBot sends. Intents 0: INTERACTION_CREATE needs no intent, and no privileged one is asked for.</summary>
internal static class GatewayPayloads
{
    public static GatewayPayload Identify(string token) => GatewayPayload.Create(GatewayOpCode.Identify, new Dictionary<string, object>
    {
        ["token"] = token,
        ["intents"] = 0,
        ["properties"] = new Dictionary<string, string> { ["os"] = "linux", ["browser"] = "factbot", ["device"] = "factbot" },
    });

    public static GatewayPayload Resume(string token, string sessionId, int? sequence) => GatewayPayload.Create(GatewayOpCode.Resume, new Dictionary<string, object?>
    {
        ["token"] = token,
        ["session_id"] = sessionId,
        ["seq"] = sequence,
    });

    public static GatewayPayload Heartbeat(int? sequence) => GatewayPayload.Create(GatewayOpCode.Heartbeat, sequence);
}
