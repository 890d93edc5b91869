using FactBot.Core.Messages;
using FactBot.Core.Sources;

namespace FactBot.Core.Commands.Queries;

/// <summary>
/// How complete each feed's data is (its watermark), so a quiet chart is not taken for a quiet platform: per kind of
/// feed, the oldest watermark among its sources (one query or tag behind holds the whole feed back). Files are one-off
/// imports, not feeds, and are left out.
/// </summary>
public static class SourceFreshness
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["tiktok-research"] = "TikTok Research API",
        ["mastodon"] = "Mastodon",
        ["telegram"] = "Telegram channel posts",
    };

    /// <summary>One line per feed, or null when no feed has said how complete it is.</summary>
    public static ChatField? Field(IReadOnlyList<SourceCheckpoint> checkpoints, DateTimeOffset now)
    {
        var lines = checkpoints
            .Where(c => c.CompleteThrough is not null && Kind(c.SourceId) is not "file")
            .GroupBy(c => Kind(c.SourceId), StringComparer.Ordinal)
            .Select(g => (Name: Names.GetValueOrDefault(g.Key, g.Key), Oldest: g.Min(c => c.CompleteThrough!.Value), Count: g.Count()))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => $"{f.Name}: complete up to {Formats.Time(f.Oldest)} ({Age(now - f.Oldest)} ago{(f.Count > 1 ? $", oldest of {f.Count} sources" : "")})")
            .ToList();
        return lines.Count == 0 ? null : new ChatField("Data complete up to", string.Join("\n", lines), Inline: false);
    }

    /// <summary>"2 d 3 h", "5 h 20 min", "4 min" (<see cref="Formats.Span"/>).</summary>
    public static string Age(TimeSpan age) => Formats.Span(age);

    private static string Kind(string sourceId)
    {
        var colon = sourceId.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? sourceId[..colon] : sourceId;
    }
}
