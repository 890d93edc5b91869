using FactBot.Core.Abstractions;
using FactBot.Core.Alerts;
using FactBot.Core.Commands.Queries;
using FactBot.Core.Delivery;
using FactBot.Core.Detection.Surge;
using FactBot.Core.Messages;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Commands.Handlers;

/// <summary>
/// <c>/status target [window]</c>: the target's posts now and over the window against the usual, the state-media
/// share, its open alerts and its recent bins. Counts come from the surge detector's state and alerts from the alert
/// index; only the share reads posts, with one bounded indexed query (target + time). The chart of the recent bins
/// comes with it when the host can draw, the newest open alert's window shaded.
/// </summary>
public sealed class StatusHandler(
    VolumeSurgeDetector surge, IAlertStore alerts, IPostStore posts, ICheckpointStore checkpoints, AlertCharts charts, TimeProvider time) : ICommandHandler
{
    private static readonly TimeSpan DefaultWindow = TimeSpan.FromHours(1);

    // A target's alerts are indexed newest first; its open ones are among the newest few.
    private const int AlertScan = 50;

    public string Name => "status";

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default)
    {
        var target = context.Arguments.Target("target")!;
        var window = context.Arguments.Duration("window") ?? DefaultWindow;
        var now = time.GetUtcNow();
        var status = surge.GetStatus(target.Key, now);
        var from = status is null ? now - window : SurgeStatusText.WindowStart(status, window, now);
        var share = await ShareSample.TakeAsync(posts, target, from, now, ct);
        var open = (await alerts.QueryAsync(target.Key, null, null, AlertScan, ct))
            .Where(a => a.Status is not (AlertStatus.Closed or AlertStatus.Withdrawn))
            .ToList();

        var fields = new List<ChatField>();
        if (status is not null)
        {
            fields.Add(SurgeStatusText.Now(status));
            fields.Add(SurgeStatusText.Last(status));
            fields.Add(SurgeStatusText.Window(status, window, now, share));
        }
        else
        {
            fields.Add(new ChatField("Stored posts · last " + DurationWords.Of(now - share.From), StoredCount(share)));
        }

        fields.Add(new ChatField("State-media share · last " + DurationWords.Of(share.From > from ? now - share.From : window), ShareText(share)));
        fields.Add(new ChatField("Open alerts", open.Count == 0 ? "none" : string.Join("\n", open.Select(OpenLine)), Inline: false));
        if (status is not null)
            fields.Add(SurgeStatusText.Recent(status));
        if (SourceFreshness.Field(await checkpoints.ListAsync(ct), now) is { } freshness)
            fields.Add(freshness);

        var highlight = open.Count > 0 ? new ChartHighlight(open[0].WindowStart, open[0].WindowEnd, open[0].Kind.ToDisplay()) : null;
        return new CommandReply(new ChatMessage
        {
            ChartPng = status is null ? null : charts.RenderTarget(target.Key, now, highlight),
            Title = status is null ? $"Status of {target.Key} (not watched)" : $"Status of {target.Key}",
            Summary = status is null ? NotWatched(target) : SurgeStatusText.Summary(status),
            Fields = fields,
            Footer = open.Count > 0
                ? $"/explain {open[0].Id} for the evidence · /alerts target:{target.Key} for its history"
                : $"/alerts target:{target.Key} for its history",
        });
    }

    private static string NotWatched(WatchTarget target) =>
        $"{target.Key} is not on any watchlist, so FactBot keeps no counts or expectations for it. " +
        $"An admin can watch it with /watch add {target.Key}. What the store already holds is below.";

    private static string StoredCount(ShareSample share) => share.Capped
        ? $"at least {Formats.Count(share.Total)}"
        : Formats.Count(share.Total);

    private static string ShareText(ShareSample share) => share.Total switch
    {
        0 => "no posts in this window",
        _ when share.Capped => $"{Formats.Percent(share.Share)} of the newest {Formats.Count(share.Total)} posts ({Formats.Count(share.Labelled)} by labelled accounts)",
        _ => $"{Formats.Percent(share.Share)} ({Formats.Count(share.Labelled)} of {Formats.Count(share.Total)} posts by labelled accounts)",
    };

    private static string OpenLine(Alert alert) =>
        $"{alert.Id} · {alert.Kind.ToSlug()} · {alert.Severity} · since {Formats.Time(alert.OpenedAt)}";
}
