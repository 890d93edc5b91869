using FactBot.Core.Commands;
using FactBot.Core.Results;
using FactBot.Core.Subscriptions;

namespace FactBot.Core.Verdicts;

/// <summary>
/// Turns a verdict button press (<c>verdict:A-7K2F:organic</c>, from <see cref="Messages.AlertMessageFactory"/>) into
/// the <c>/verdict</c> request a typed command would make, so Telegram callback queries and Discord component
/// interactions go through the same dispatcher, checks and handler.
/// </summary>
public static class VerdictButtons
{
    public const string Prefix = "verdict:";

    /// <summary>The button action for one alert and verdict.</summary>
    public static string Action(string alertId, VerdictValue value) => $"{Prefix}{alertId}:{value.Slug()}";

    /// <summary>Null when the action is not a verdict button at all; an error when it is one but malformed.</summary>
    public static Result<CommandRequest>? ToRequest(string action, CommandCaller caller, ChatRef chat, bool isDirectMessage)
    {
        if (!action.StartsWith(Prefix, StringComparison.Ordinal))
            return null;
        var parts = action[Prefix.Length..].Split(':');
        if (parts.Length != 2 || parts[0].Length == 0 || VerdictValues.Parse(parts[1]) is null)
            return new InvalidArgument("action", $"'{action}' is not a verdict button (expected verdict:<alert>:<value>).");

        return new CommandRequest
        {
            Name = "verdict",
            Options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["alert"] = parts[0], ["value"] = parts[1] },
            Caller = caller,
            Chat = chat,
            IsDirectMessage = isDirectMessage,
        };
    }
}
