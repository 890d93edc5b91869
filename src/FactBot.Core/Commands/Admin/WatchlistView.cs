using FactBot.Core.Detection.Surge;
using FactBot.Core.Messages;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Commands.Admin;

/// <summary>How a watchlist reads in a reply: its targets (capped) and the thresholds in force.</summary>
internal static class WatchlistView
{
    /// <summary>Targets listed in full; beyond this "and N more" keeps the reply inside every platform's limits.</summary>
    public const int MaxTargets = 40;

    public static ChatMessage Create(string title, Watchlist watchlist, SurgeOptions defaults, string? note = null)
    {
        var targets = watchlist.Targets.Count == 0
            ? $"No targets yet. Add one with /watch add #hashtag watchlist:{watchlist.Name}"
            : Capped.Lines(watchlist.Targets.Select(Line), MaxTargets);
        return new ChatMessage
        {
            Title = title,
            Summary = note is null ? targets : note + "\n\n" + targets,
            Fields =
            [
                new ChatField("Watchlist", watchlist.Name),
                new ChatField("Targets", Formats.Count(watchlist.Targets.Count)),
                .. ThresholdSettings.Fields(watchlist.Thresholds, defaults),
            ],
            Footer = $"Change thresholds with /watchlist set {watchlist.Name} <key> <value> (keys: {string.Join(", ", CommandCatalog.ThresholdKeys)}).",
        };
    }

    public static string CountTargets(int count) => count == 1 ? "1 target" : $"{Formats.Count(count)} targets";

    public static string Line(WatchTarget target) =>
        target.Platforms.Count == 0 ? target.Key : $"{target.Key} ({KnownPlatforms.Describe(target.Platforms)})";
}
