using System.ComponentModel.DataAnnotations;

namespace FactBot.Discord;

/// <summary>
/// The HTTP "Interactions Endpoint URL" mode (section <c>Discord:InteractionsEndpoint</c>). When enabled, Discord posts
/// interactions here instead of over the gateway, and the gateway is not started.
/// </summary>
public sealed class DiscordEndpointOptions
{
    /// <summary>Off by default: it needs a public HTTPS address in front of it.</summary>
    public bool Enabled { get; set; }

    /// <summary>Where Kestrel listens, e.g. <c>http://0.0.0.0:8080</c>. Default <c>http://127.0.0.1:8080</c>.</summary>
    [Required]
    public string Url { get; set; } = "http://127.0.0.1:8080";

    /// <summary>The request path Discord posts to. Default <c>/discord/interactions</c>.</summary>
    [Required]
    public string Path { get; set; } = "/discord/interactions";

    /// <summary>Oldest signed timestamp accepted (replay guard; our choice, Discord does not require it). Default 5 min.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);
}
