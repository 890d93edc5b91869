using System.Text;
using FactBot.Core.Abstractions;
using FactBot.Core.Alerts;
using FactBot.Core.Delivery;
using FactBot.Core.Detection.Surge;
using FactBot.Core.Messages;
using FactBot.Core.Subscriptions;

namespace FactBot.Core.Digests;

/// <summary>
/// A digest for one subscription: the alerts since the last digest on its watchlist (including those held in
/// quiet hours), the top movers, the older alerts still open, and the volunteers' verdicts. Built from stored alerts
/// and detector state only, so it never recomputes a number. The watchlist store and the volume detector are
/// optional: without them the top movers come from the alerts alone. With <see cref="AlertCharts"/> that can draw,
/// the digest carries a chart of the top mover's volume with the digest's period shaded.
/// </summary>
public sealed class DigestBuilder(
    IAlertStore alerts, IWatchlistStore? watchlists = null, VolumeSurgeDetector? surge = null, AlertCharts? charts = null)
{
    private const int MaxListed = 15;
    private const int MaxRecent = 500;

    /// <summary>Null when there is nothing to say and the subscription does not want empty digests.</summary>
    public async Task<ChatMessage?> BuildAsync(Subscription subscription, DateTimeOffset since, DateTimeOffset now, CancellationToken ct = default)
    {
        var fresh = (await alerts.QueryAsync(null, null, since, MaxRecent, ct))
            .Where(a => Wanted(subscription, a) && (a.OpenedAt >= since || a.ReopenCount > 0))
            .ToList();
        var freshIds = fresh.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        // New alerts that are still open are listed once, under "new"; this section is the older ones.
        var stillOpen = (await alerts.GetOpenAsync(ct)).Where(a => Wanted(subscription, a) && !freshIds.Contains(a.Id)).ToList();
        if (fresh.Count == 0 && stillOpen.Count == 0 && !subscription.SendEmptyDigest)
            return null;

        var targets = watchlists is not null && surge is not null && await watchlists.GetAsync(subscription.Watchlist, ct) is { } list
            ? list.Targets
            : [];
        var movers = TopMovers.Rank(fresh.Concat(stillOpen), targets, surge, since, now);
        var tally = fresh.Concat(stillOpen).Aggregate(VerdictTally.None, Add);

        var fields = new List<ChatField>
        {
            new("New", Formats.Count(fresh.Count)),
            new("Still open", Formats.Count(stillOpen.Count)),
        };
        if (movers.Count > 0)
            fields.Add(new ChatField("Top movers", string.Join("\n", movers.Select(TopMovers.Line)), Inline: false));
        fields.Add(new ChatField("Verdicts", AlertMessageFactory.VerdictSummary(tally), Inline: false));

        return new ChatMessage
        {
            Title = $"Digest for {subscription.Watchlist} · {Formats.Window(since, now)}",
            Summary = fresh.Count == 0 && stillOpen.Count == 0
                ? "Nothing new: no alerts since the last digest."
                : $"{fresh.Count} new alert(s), {stillOpen.Count} older still open.",
            Fields = fields,
            Footer = Body(subscription, fresh, stillOpen),
            ChartPng = movers.Count > 0 && charts is { CanRender: true }
                ? charts.RenderTarget(movers[0].TargetKey, now, new ChartHighlight(since, now, "since the last digest"))
                : null,
        };
    }

    /// <summary>One line per alert: id · kind · target · severity · why.</summary>
    public static string Line(Alert alert)
    {
        var why = alert.Signals.TryGetValue("ratio", out var ratio)
            ? $"{Formats.Ratio(ratio)} usual"
            : alert.Signals.TryGetValue("members", out var members) ? $"{Formats.Count(members)} accounts" : alert.Status.ToString().ToLowerInvariant();
        var late = alert.LateBy is null ? "" : $" · found late, about {Formats.Window(alert.WindowStart, alert.WindowEnd)}";
        return $"{alert.Id} · {alert.Kind.ToSlug()} · {alert.Target.Key} · {alert.Severity} · {why}{late}";
    }

    private static string Body(Subscription subscription, List<Alert> fresh, List<Alert> stillOpen)
    {
        var body = new StringBuilder();
        if (fresh.Count > 0)
        {
            body.Append("New on ").Append(subscription.Watchlist).AppendLine(":");
            AppendLines(body, subscription, fresh);
        }

        if (stillOpen.Count > 0)
        {
            body.AppendLine("Still open:");
            AppendLines(body, subscription, stillOpen);
        }

        return body.ToString().TrimEnd();
    }

    private static void AppendLines(StringBuilder body, Subscription subscription, List<Alert> alerts)
    {
        foreach (var alert in Ordered(alerts).Take(MaxListed))
        {
            body.Append("• ").Append(Line(alert));
            if (alert.Verdicts.Total > 0)
                body.Append(" · verdicts: ").Append(ShortTally(alert.Verdicts));
            // Said so the subscriber knows why this is the first they hear of it.
            if (subscription.WantsAlerts() && subscription.Holds(alert, alert.OpenedAt))
                body.Append(" · held in quiet hours");
            body.AppendLine();
        }

        if (alerts.Count > MaxListed)
            body.Append("… and ").Append(alerts.Count - MaxListed).AppendLine(" more (/alerts lists them)");
    }

    private static string ShortTally(VerdictTally tally) => string.Join(", ", new[]
        {
            ("coordinated", tally.Coordinated), ("organic", tally.Organic), ("misleading", tally.Misleading), ("unsure", tally.Unsure),
        }
        .Where(p => p.Item2 > 0)
        .Select(p => $"{p.Item1} {p.Item2}"));

    private static bool Wanted(Subscription subscription, Alert alert) => subscription.Covers(alert);

    private static IEnumerable<Alert> Ordered(IEnumerable<Alert> alerts) =>
        alerts.OrderByDescending(a => a.Severity).ThenBy(a => a.OpenedAt).ThenBy(a => a.Id, StringComparer.Ordinal);

    private static VerdictTally Add(VerdictTally sum, Alert alert) => new(
        sum.Coordinated + alert.Verdicts.Coordinated,
        sum.Organic + alert.Verdicts.Organic,
        sum.Misleading + alert.Verdicts.Misleading,
        sum.Unsure + alert.Verdicts.Unsure);
}
