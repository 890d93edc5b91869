using FactBot.Core.Alerts;
using FactBot.Core.Detection.Surge;
using FactBot.Core.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactBot.Core.Delivery;

/// <summary>
/// Charts of a target's volume: the counts of its recent closed bins, what the surge detector expected
/// with the usual range around it, and an alert's window shaded. Every alert kind on a target gets the same volume
/// series; only the shaded window differs. The renderer is optional: without one (Core tests, a machine that cannot
/// draw) nothing is rendered and messages go without charts. A chart never stops a message: failures are logged.
/// </summary>
public sealed partial class AlertCharts(VolumeSurgeDetector volume, IChartRenderer? renderer = null, ILogger<AlertCharts>? logger = null)
{
    /// <summary>Titles longer than this are cut: a keyword target can be long, and the title is one line.</summary>
    public const int MaxTitleLength = 60;

    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    /// <summary>False when no renderer is registered, so callers can skip the work.</summary>
    public bool CanRender => renderer is not null;

    /// <summary>
    /// The chart for an alert: the target's closed bins up to the end of the alert's window (never past
    /// <paramref name="now"/>), with that window shaded. Null when there is no renderer, the target has no volume
    /// series (not watched) or no posts in the shown bins, or rendering failed.
    /// </summary>
    public byte[]? RenderAlert(Alert alert, DateTimeOffset now) =>
        RenderTarget(alert.Target.Key, now, new ChartHighlight(alert.WindowStart, alert.WindowEnd, alert.Kind.ToDisplay()));

    /// <summary>
    /// The chart for a target (digests, <c>/status</c>): its last closed bins before <paramref name="now"/>, or those
    /// up to the end of <paramref name="highlight"/> when given. Null as for <see cref="RenderAlert"/>.
    /// </summary>
    /// <param name="targetKey">The target's key, e.g. <c>#donbas</c>.</param>
    /// <param name="now">The current time; bins from its bin on are open and never shown.</param>
    /// <param name="highlight">A span to shade, or null.</param>
    public byte[]? RenderTarget(string targetKey, DateTimeOffset now, ChartHighlight? highlight = null)
    {
        if (renderer is null)
            return null;
        try
        {
            if (BuildRequest(targetKey, now, highlight) is not { } request)
                return null;
            var png = renderer.RenderPng(request);
            if (png.IsSuccess)
                return png.Value;
            LogNotRendered(_logger, targetKey, png.Error.Message);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A chart is an extra: whatever goes wrong drawing it, the alert must still go out.
            LogFailed(_logger, ex, targetKey);
            return null;
        }
    }

    /// <summary>What would be drawn for the target, or null when there is nothing to draw.</summary>
    internal ChartRequest? BuildRequest(string targetKey, DateTimeOffset now, ChartHighlight? highlight)
    {
        if (volume.GetStatus(targetKey, now) is not { } status)
            return null;

        // An alert's window may end before now (a replay advancing in big steps): end the chart there, so the
        // shaded window is in view; never after the open bin, whose count is still growing.
        var binTicks = status.BinSize.Ticks;
        var openStart = now.UtcTicks / binTicks * binTicks;
        if (highlight is not null)
        {
            var windowEnd = (highlight.End.UtcTicks + binTicks - 1) / binTicks * binTicks;
            if (windowEnd < openStart && volume.GetStatus(targetKey, new DateTimeOffset(windowEnd, TimeSpan.Zero)) is { } earlier)
                status = earlier;
        }

        if (status.Recent.Count == 0 || status.Recent.All(p => p.Count == 0))
            return null;

        // The dispersion pooled over recent bins; an empty bin's evaluation carries none, so take the latest known.
        var size = status.LastEvaluation?.Dispersion ?? status.Current.Dispersion;
        var points = new ChartPoint[status.Recent.Count];
        for (var i = 0; i < points.Length; i++)
        {
            var bin = status.Recent[i];
            if (bin.Expected is { } expected)
            {
                var (low, high) = ChartBand.Of(expected, size);
                points[i] = new ChartPoint(bin.Start, bin.Count, expected, low, high);
            }
            else
            {
                points[i] = new ChartPoint(bin.Start, bin.Count, null, null, null);
            }
        }

        return new ChartRequest
        {
            Title = Shorten(targetKey),
            Series = new ChartSeries(status.BinSize, points),
            Highlight = highlight,
        };
    }

    private static string Shorten(string title)
    {
        if (title.Length <= MaxTitleLength)
            return title;
        var cut = MaxTitleLength - 1;
        if (char.IsHighSurrogate(title[cut - 1]))
            cut--;
        return string.Concat(title.AsSpan(0, cut), "…");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No chart for {Target}: {Reason}")]
    private static partial void LogNotRendered(ILogger logger, string target, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Drawing the chart for {Target} failed; the message goes without it")]
    private static partial void LogFailed(ILogger logger, Exception exception, string target);
}
