using FactBot.Core.Subscriptions;

namespace FactBot.Core.Commands;

/// <summary>A command as any platform delivers it, translated by the adapter. Option values are raw text.</summary>
public sealed record CommandRequest
{
    public required string Name { get; init; }

    public string? Subcommand { get; init; }

    /// <summary>Option name → raw value, as typed (text syntax) or sent (slash-command payloads).</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public required CommandCaller Caller { get; init; }

    public required ChatRef Chat { get; init; }

    public bool IsDirectMessage { get; init; }
}
