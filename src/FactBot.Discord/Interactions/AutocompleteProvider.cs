using System.Text.Json.Nodes;
using FactBot.Core.Abstractions;
using FactBot.Core.Alerts;
using FactBot.Core.Commands;

namespace FactBot.Discord.Interactions;

/// <summary>
/// Suggestions while someone types: watched targets for target options, open alerts for alert ids. Only hints:
/// Core checks the submitted value again, whatever was suggested.
/// </summary>
internal sealed class AutocompleteProvider(IWatchlistStore watchlists, IAlertStore alerts)
{
    private const int MaxChoices = 25;
    private const int MaxText = 100;

    public async Task<JsonArray> SuggestAsync(Interaction interaction, CancellationToken ct)
    {
        var data = interaction.Data;
        var name = data.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
        var (subcommand, options) = SlashCommandMapper.Flatten(data);
        var focused = options.FirstOrDefault(o => o.Focused);
        var option = CommandCatalog.Find(name, subcommand)?.Find(focused.Name ?? "");
        var typed = (focused.Value ?? "").Trim().TrimStart('#', '＃');

        var choices = option?.Type switch
        {
            OptionType.Target => await TargetsAsync(typed, ct),
            OptionType.AlertId => await AlertsAsync(typed, ct),
            _ => [],
        };
        return new JsonArray([.. choices.Take(MaxChoices).Select(c => (JsonNode)new JsonObject { ["name"] = Cut(c.Name), ["value"] = Cut(c.Value) })]);
    }

    private async Task<List<(string Name, string Value)>> TargetsAsync(string typed, CancellationToken ct)
    {
        var lists = await watchlists.ListAsync(ct);
        return [.. lists.SelectMany(l => l.Targets.Select(t => t.Key))
            .Distinct(StringComparer.Ordinal)
            .Where(key => key.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(key => (key, key))];
    }

    private async Task<List<(string Name, string Value)>> AlertsAsync(string typed, CancellationToken ct)
    {
        var open = await alerts.GetOpenAsync(ct);
        return [.. open
            .Where(a => a.Id.Contains(typed, StringComparison.OrdinalIgnoreCase) || a.Target.Key.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(a => a.UpdatedAt)
            .Select(a => ($"{a.Id} · {a.Kind.ToDisplay()} · {a.Target.Key} · {a.Severity}", a.Id))];
    }

    private static string Cut(string text) => text.Length <= MaxText ? text : text[..(MaxText - 1)] + "…";
}
