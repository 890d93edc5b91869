using System.Globalization;
using System.Text.Json;
using FactBot.Core.Commands;

namespace FactBot.Discord.Interactions;

/// <summary>
/// An application-command interaction as a neutral <see cref="CommandRequest"/>: the subcommand (a nested option
/// of type 1), and every option value as raw text, so Core parses and checks it exactly as typed text.
/// </summary>
internal static class SlashCommandMapper
{
    private const int SubCommand = 1;
    private const int SubCommandGroup = 2;

    public static CommandRequest ToRequest(Interaction interaction)
    {
        var data = interaction.Data;
        var name = data.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
        var (subcommand, options) = Flatten(data);
        return new CommandRequest
        {
            Name = name,
            Subcommand = subcommand,
            Options = options.Where(o => o.Value is not null).ToDictionary(o => o.Name, o => o.Value!, StringComparer.OrdinalIgnoreCase),
            Caller = interaction.Caller,
            Chat = interaction.Chat,
            IsDirectMessage = interaction.IsDirectMessage,
        };
    }

    /// <summary>The subcommand path and the leaf options (with the focused flag, for autocomplete).</summary>
    public static (string? Subcommand, IReadOnlyList<(string Name, string? Value, bool Focused)> Options) Flatten(JsonElement data)
    {
        string? subcommand = null;
        var current = data;
        while (Options(current).FirstOrDefault(o => Type(o) is SubCommand or SubCommandGroup) is { ValueKind: JsonValueKind.Object } nested)
        {
            var part = nested.GetProperty("name").GetString();
            subcommand = subcommand is null ? part : $"{subcommand} {part}";
            current = nested;
        }

        var leaves = Options(current)
            .Select(o => (o.GetProperty("name").GetString() ?? "", ValueText(o), o.TryGetProperty("focused", out var f) && f.ValueKind == JsonValueKind.True))
            .ToList();
        return (subcommand, leaves);
    }

    private static List<JsonElement> Options(JsonElement json) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Array
            ? [.. options.EnumerateArray()]
            : [];

    private static int Type(JsonElement option) => option.TryGetProperty("type", out var t) && t.TryGetInt32(out var type) ? type : 0;

    private static string? ValueText(JsonElement option)
    {
        if (!option.TryGetProperty("value", out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.TryGetInt64(out var l) ? l.ToString(CultureInfo.InvariantCulture) : value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => value.GetRawText(),
        };
    }
}
