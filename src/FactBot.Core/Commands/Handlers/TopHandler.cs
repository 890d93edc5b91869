using FactBot.Core.Abstractions;
using FactBot.Core.Alerts;
using FactBot.Core.Commands.Queries;
using FactBot.Core.Detection.Surge;
using FactBot.Core.Messages;

namespace FactBot.Core.Commands.Handlers;

/// <summary>
/// <c>/top [since] [kind]</c>: the targets surging most now. Open and recent alerts are ranked per kind by their
/// stored strength (volume: ratio, state-media: share, coordination: accounts in the group), one line per target;
/// watched targets whose open bin already passes its floor and ratio come from the surge detector's state.
/// </summary>
public sealed class TopHandler(IAlertStore alerts, IWatchlistStore watchlists, VolumeSurgeDetector surge, TimeProvider time) : ICommandHandler
{
    private static readonly TimeSpan DefaultSince = TimeSpan.FromHours(24);
    private const int PerSection = 5;
    private const int AlertScan = 500;

    public string Name => "top";

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default)
    {
        var kind = KindSlugs.Parse(context.Arguments.Text("kind"));
        var since = context.Arguments.Duration("since") ?? DefaultSince;
        var now = time.GetUtcNow();
        var recent = await alerts.QueryAsync(null, kind, now - since, AlertScan, ct);
        var open = await alerts.GetOpenAsync(ct);
        var candidates = recent.Concat(open.Where(a => kind is null || a.Kind == kind))
            .DistinctBy(a => a.Id, StringComparer.Ordinal)
            .ToList();

        var fields = new List<ChatField>();
        foreach (var k in kind is { } only ? [only] : Enum.GetValues<AlertKind>())
        {
            var ranked = Rank(candidates, k);
            if (ranked.Count > 0)
                fields.Add(new ChatField(SectionName(k), string.Join("\n", ranked.Select(a => AlertLine(a, k))), Inline: false));
        }

        if (kind is null or AlertKind.VolumeSurge)
        {
            var rising = await RisingNowAsync(now, ct);
            if (rising.Count > 0)
                fields.Add(new ChatField("Rising in the open bin (not yet closed), by ratio", string.Join("\n", rising.Select(RisingLine)), Inline: false));
        }

        var scope = kind is null ? "" : $" ({kind.Value.ToSlug()})";
        if (fields.Count == 0)
        {
            return CommandReply.Text(
                $"Nothing surging{scope}",
                $"No alerts{scope} in the last {DurationWords.Of(since)} and no watched target above its usual level in the open bin. Try since:7d.");
        }

        return new CommandReply(new ChatMessage
        {
            Title = $"Top targets{scope} · last {DurationWords.Of(since)}",
            Summary = "The strongest signal per target: open alerts, alerts updated in this time, and targets rising right now.",
            Fields = fields,
            Footer = "/status <target> for a target's numbers · /explain <id> for an alert's evidence",
        });
    }

    private static List<Alert> Rank(List<Alert> candidates, AlertKind kind) =>
        [.. candidates.Where(a => a.Kind == kind)
            .GroupBy(a => a.Target.Key, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(a => Score(a, kind))
                .ThenBy(a => a.Status is AlertStatus.Closed or AlertStatus.Withdrawn)
                .ThenByDescending(a => a.UpdatedAt)
                .First())
            .OrderByDescending(a => Score(a, kind))
            .ThenByDescending(a => a.UpdatedAt)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Take(PerSection)];

    private static double Score(Alert alert, AlertKind kind) => alert.Signals.GetValueOrDefault(ScoreKey(kind));

    private static string ScoreKey(AlertKind kind) => kind switch
    {
        AlertKind.StateMediaSurge => "share",
        AlertKind.Coordination => "members",
        _ => "ratio",
    };

    private static string SectionName(AlertKind kind) => kind switch
    {
        AlertKind.StateMediaSurge => "State-media surges, by labelled share",
        AlertKind.Coordination => "Coordinated posting, by accounts in the group",
        _ => "Volume surges, by ratio to the usual",
    };

    private static string AlertLine(Alert alert, AlertKind kind)
    {
        var score = Score(alert, kind);
        var strength = kind switch
        {
            AlertKind.StateMediaSurge => $"{Formats.Percent(score)} labelled",
            AlertKind.Coordination => $"{Formats.Count(score)} accounts",
            _ => $"{Formats.Ratio(score)} usual",
        };
        return $"{alert.Target.Key} · {strength} · {alert.Id} · {alert.Status.ToString().ToLowerInvariant()} · {alert.Severity}";
    }

    /// <summary>Watched targets whose open bin already has at least the floor and the minimum ratio, strongest first.</summary>
    private async Task<List<SurgeStatus>> RisingNowAsync(DateTimeOffset now, CancellationToken ct)
    {
        var lists = await watchlists.ListAsync(ct);
        var watched = lists.SelectMany(l => l.Targets).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        return [.. surge.StatusesAtFloor(now)
            .Where(s => watched.Contains(s.Target.Key) && s.Current.Count >= s.Current.Floor && s.Current.Ratio >= s.Current.MinRatio)
            .OrderByDescending(s => s.Current.Ratio)
            .ThenBy(s => s.Target.Key, StringComparer.Ordinal)
            .Take(PerSection)];
    }

    private static string RisingLine(SurgeStatus status) =>
        $"{status.Target.Key} · {Formats.Ratio(status.Current.Ratio)} · {Formats.Count(status.Current.Count)} so far vs usual {Formats.Number(status.Current.Expected)} · p {Formats.Probability(status.Current.P)}";
}
