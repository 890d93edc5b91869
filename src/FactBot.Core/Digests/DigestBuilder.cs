using System.Text;
using FactBot.Core.Abstractions;
using FactBot.Core.Alerts;
using FactBot.Core.Messages;
using FactBot.Core.Subscriptions;

namespace FactBot.Core.Digests;

/// <summary>
/// A digest for one subscription: the alerts since the last digest (grouped by watchlist), the alerts still
/// open, and the volunteers' verdicts. Built from stored alerts only, so it never recomputes a number.
/// </summary>
public sealed class DigestBuilder(IAlertStore alerts)
{
    private const int MaxListed = 15;

    /// <summary>Null when there is nothing to say and the subscription does not want empty digests.</summary>
    public async Task<ChatMessage?> BuildAsync(Subscription subscription, DateTimeOffset since, DateTimeOffset now, CancellationToken ct = default)
    {
        var recent = (await alerts.QueryAsync(null, null, since, 500, ct))
            .Where(a => a.Severity >= subscription.MinSeverity && InScope(subscription, a))
            .ToList();
        var fresh = recent.Where(a => a.OpenedAt >= since || a.ReopenCount > 0).ToList();
        var stillOpen = (await alerts.GetOpenAsync(ct)).Where(a => InScope(subscription, a)).ToList();
        if (fresh.Count == 0 && stillOpen.Count == 0 && !subscription.SendEmptyDigest)
            return null;

        var body = new StringBuilder();
        foreach (var group in fresh.GroupBy(a => a.Watchlist, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            body.Append("New on ").Append(group.Key).AppendLine(":");
            foreach (var alert in Ordered(group).Take(MaxListed))
                body.Append("• ").AppendLine(Line(alert));
        }

        if (stillOpen.Count > 0)
        {
            body.AppendLine("Still open:");
            foreach (var alert in Ordered(stillOpen).Take(MaxListed))
                body.Append("• ").AppendLine(Line(alert));
        }

        var tally = fresh.Concat(stillOpen).DistinctBy(a => a.Id).Aggregate(VerdictTally.None, Add);
        return new ChatMessage
        {
            Title = $"Digest for {subscription.Watchlist} · {Formats.Window(since, now)}",
            Summary = fresh.Count == 0 && stillOpen.Count == 0
                ? "Nothing new: no alerts since the last digest."
                : $"{fresh.Count} new alert(s), {stillOpen.Count} still open.",
            Fields =
            [
                new ChatField("New", Formats.Count(fresh.Count)),
                new ChatField("Open", Formats.Count(stillOpen.Count)),
                new ChatField("Verdicts", AlertMessageFactory.VerdictSummary(tally), Inline: false),
            ],
            Footer = body.ToString().TrimEnd(),
        };
    }

    /// <summary>One line per alert: id · kind · target · severity · why.</summary>
    public static string Line(Alert alert)
    {
        var why = alert.Signals.TryGetValue("ratio", out var ratio)
            ? $"{Formats.Ratio(ratio)} usual"
            : alert.Signals.TryGetValue("members", out var members) ? $"{Formats.Count(members)} accounts" : alert.Status.ToString().ToLowerInvariant();
        return $"{alert.Id} · {alert.Kind.ToSlug()} · {alert.Target.Key} · {alert.Severity} · {why}";
    }

    private static bool InScope(Subscription subscription, Alert alert) =>
        string.Equals(subscription.Watchlist, alert.Watchlist, StringComparison.Ordinal);

    private static IEnumerable<Alert> Ordered(IEnumerable<Alert> alerts) =>
        alerts.OrderByDescending(a => a.Severity).ThenBy(a => a.OpenedAt).ThenBy(a => a.Id, StringComparer.Ordinal);

    private static VerdictTally Add(VerdictTally sum, Alert alert) => new(
        sum.Coordinated + alert.Verdicts.Coordinated,
        sum.Organic + alert.Verdicts.Organic,
        sum.Misleading + alert.Verdicts.Misleading,
        sum.Unsure + alert.Verdicts.Unsure);
}
