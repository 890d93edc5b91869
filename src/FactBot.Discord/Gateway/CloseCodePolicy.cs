namespace FactBot.Discord.Gateway;

/// <summary>
/// Discord's close-code table (developers/topics/opcodes-and-status-codes, "Gateway Close Event Codes") as FactBot
/// acts on it: never reconnect after 4004 or 4010–4014 (each attempt would burn an Identify and change nothing).
/// </summary>
internal static class CloseCodePolicy
{
    public static ConnectionNext Decide(int? code) => code switch
    {
        4004 or (>= 4010 and <= 4014) => ConnectionNext.Fatal,
        4003 or 4005 or 4007 or 4009 => ConnectionNext.NewSession,
        // 1000/1001 from the server end the session like ours would.
        1000 or 1001 => ConnectionNext.NewSession,
        _ => ConnectionNext.Resume,
    };

    public static string Describe(int? code) => code switch
    {
        null => "the connection closed without a code",
        4000 => "4000 Unknown error",
        4001 => "4001 Unknown opcode (a FactBot bug)",
        4002 => "4002 Decode error (a FactBot bug)",
        4003 => "4003 Not authenticated",
        4004 => "4004 Authentication failed: Discord rejected the bot token. Set FACTBOT__Discord__Token to a valid token and restart",
        4005 => "4005 Already authenticated",
        4007 => "4007 Invalid seq",
        4008 => "4008 Rate limited: too many gateway sends",
        4009 => "4009 Session timed out",
        4010 => "4010 Invalid shard",
        4011 => "4011 Sharding required",
        4012 => "4012 Invalid API version",
        4013 => "4013 Invalid intents",
        4014 => "4014 Disallowed intents: a privileged intent is requested but not enabled for the bot",
        { } other => $"close code {other}",
    };
}
