using FactBot.Core.Alerts;
using FactBot.Core.Detection.Surge;
using FactBot.Core.Messages;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Digests;

/// <summary>
/// The targets of a watchlist with the largest count/expected ratio: from the alerts' stored signals, and from the
/// volume detector's last closed bin for watched targets that did not alert. Numbers are read, never recomputed.
/// </summary>
internal static class TopMovers
{
    public const int Max = 5;

    public static IReadOnlyList<TopMover> Rank(
        IEnumerable<Alert> alerts, IEnumerable<WatchTarget> targets, VolumeSurgeDetector? surge, DateTimeOffset since, DateTimeOffset now)
    {
        var best = new Dictionary<string, TopMover>(StringComparer.Ordinal);
        foreach (var alert in alerts)
        {
            if (alert.Signals.TryGetValue("ratio", out var ratio) && double.IsFinite(ratio))
                Offer(best, new TopMover(alert.Target.Key, ratio, alert.Signals.TryGetValue("count", out var count) ? count : null, alert.Id));
        }

        if (surge is not null)
        {
            foreach (var target in targets)
            {
                // Only a judged bin inside the digest's period with at least the floor's posts: one post against
                // an expectation of 0.5 is "×2" but says nothing.
                if (surge.GetStatus(target.Key, now)?.LastEvaluation is { } last
                    && last.WindowEnd > since && last.Count >= last.Floor && last.Ratio > 1 && double.IsFinite(last.Ratio))
                {
                    Offer(best, new TopMover(target.Key, last.Ratio, last.Count, null));
                }
            }
        }

        return [.. best.Values.OrderByDescending(m => m.Ratio).ThenBy(m => m.TargetKey, StringComparer.Ordinal).Take(Max)];
    }

    public static string Line(TopMover mover)
    {
        var text = $"{mover.TargetKey} {Formats.Ratio(mover.Ratio)} usual";
        if (mover.Count is { } count)
            text += $" ({Formats.Count(count)} posts)";
        return mover.AlertId is { } id ? $"{text} · {id}" : text;
    }

    private static void Offer(Dictionary<string, TopMover> best, TopMover mover)
    {
        if (!best.TryGetValue(mover.TargetKey, out var current) || mover.Ratio > current.Ratio)
            best[mover.TargetKey] = mover;
    }
}
