using System.ComponentModel.DataAnnotations;

namespace FactBot.Discord;

/// <summary>The Discord adapter (section <c>Discord</c>, environment <c>FACTBOT__Discord__…</c>).</summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    /// <summary>What an operator should check when Discord cannot be reached.</summary>
    public const string Check = "Discord:ApiBaseUrl, FACTBOT__Discord__Token and this machine's network";

    /// <summary>
    /// The bot token. A secret: set it only through <c>FACTBOT__Discord__Token</c> or user secrets, never in
    /// appsettings.json. It is never logged. Without it the adapter is not registered at all.
    /// </summary>
    [Required(ErrorMessage = "Discord:Token is empty. Set FACTBOT__Discord__Token to the bot token from the Discord developer portal.")]
    public string Token { get; set; } = "";

    /// <summary>REST base URL. Default <c>https://discord.com/api/v10</c>; tests point it at a local fake.</summary>
    [Required]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>Project URL in the <c>User-Agent: DiscordBot (url, version)</c> header Discord asks for.</summary>
    [Required]
    public string UserAgentUrl { get; set; } = "https://github.com/factbot/factbot";

    /// <summary>The application (client) id. Optional with the gateway (READY carries it); required for the HTTP endpoint.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>Guilds to register the commands in (instant updates). Empty: register globally.</summary>
    public IList<string> GuildIds { get; set; } = [];

    /// <summary>Whether to bulk-overwrite the application commands when they changed. Default true.</summary>
    public bool RegisterCommands { get; set; } = true;

    /// <summary>Where the hash of the registered commands is kept, so a restart does not re-register. Default <c>data/discord-commands.json</c>.</summary>
    [Required]
    public string CommandsStateFile { get; set; } = "data/discord-commands.json";

    /// <summary>The application's public key (64 hex characters), used to check the HTTP endpoint's signatures.</summary>
    public string? PublicKey { get; set; }

    /// <summary>The optional HTTP interactions endpoint (off by default; the gateway is used instead).</summary>
    public DiscordEndpointOptions InteractionsEndpoint { get; set; } = new();

    /// <summary>How long a slash command may run before the reply is deferred (Discord allows 3 s). Default 2 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:02.500")]
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Timeout of one REST request. Default 15 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Longest 429 wait the client sits out itself before handing a rate limit back to the outbox. Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxInlineRateLimitWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Requests per second we allow ourselves (Discord's global limit is 50). Default 45.</summary>
    [Range(1, 50)]
    public int GlobalRequestsPerSecond { get; set; } = 45;

    /// <summary>
    /// 401/403/429 answers tolerated per 10 minutes before the client stops calling Discord. Discord bans an IP for a
    /// while at 10,000; we stop far earlier and report it. Default 1000.
    /// </summary>
    [Range(10, 9000)]
    public int InvalidRequestBudget { get; set; } = 1000;

    /// <summary>How long to wait for the gateway's Hello after connecting. Default 20 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>First reconnect delay after a failed connection; doubled per failure, with jitter. Default 1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest reconnect delay. Default 60 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Interactions handled at once; more wait their turn off the gateway's receive loop. Default 16.</summary>
    [Range(1, 256)]
    public int MaxConcurrentInteractions { get; set; } = 16;
}
