using System.Globalization;
using FactBot.Core.Messages;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace FactBot.Worker.Charts;

/// <summary>Title, font, axes, UTC time ticks and legend of a chart: the parts that are not data.</summary>
internal static class ChartStyle
{
    // Tick spacings that read well on a clock; the first that gives at most MaxTicks ticks is used.
    private static readonly TimeSpan[] TickSteps =
    [
        TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(3), TimeSpan.FromHours(6), TimeSpan.FromHours(12),
        TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(7), TimeSpan.FromDays(14), TimeSpan.FromDays(28),
    ];

    // Skia's font manager on Linux scans the font folders in no fixed preference, which can make a serif face the
    // default: prefer a common sans face when one is installed, else keep ScottPlot's default.
    private static readonly string[] SansFaces = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica"];

    private static readonly Lazy<string?> Sans = new(() =>
    {
        var installed = SKFontManager.Default.GetFontFamilies();
        return SansFaces.FirstOrDefault(f => installed.Contains(f, StringComparer.OrdinalIgnoreCase));
    });

    private static readonly Lazy<bool> AnyFont = new(() => SKFontManager.Default.FontFamilyCount > 0);

    private const int MaxTicks = 8;

    // The top sixth of the plot stays free of data: room for the one-row legend at 400 px high.
    private const double Headroom = 1.2;

    /// <summary>Whether this machine has any font; without one, Skia draws no text (and does not fail).</summary>
    public static bool HasFonts => AnyFont.Value;

    public static void Apply(Plot plot, ChartRequest request)
    {
        if (Sans.Value is { } face)
            plot.Font.Set(face);
        plot.Title(request.Title, size: 16);
        plot.YLabel("posts", size: 13);
        plot.XLabel($"UTC, {Describe(request.Series.BinSize)} bins", size: 13);
        var ticks = TimeTicks(request.Series);
        plot.Axes.Bottom.TickGenerator = new NumericManual([.. ticks.Select(t => t.Position)], [.. ticks.Select(t => t.Label)]);
        plot.Axes.Bottom.MinorTickStyle.Length = 0;
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        // One row along the top, in the headroom SetLimits leaves above the data, so it never hides a bin.
        plot.ShowLegend(Alignment.UpperLeft, Orientation.Horizontal);
        plot.Legend.FontSize = 11;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Axes.Left.MinorTickStyle.Length = 0;
    }

    /// <summary>All bins in view; y from zero to the highest bar or band plus headroom for the legend.</summary>
    public static void SetLimits(Plot plot, IReadOnlyList<ChartPoint> points)
    {
        var top = 1.0;
        foreach (var point in points)
            top = Math.Max(top, Math.Max(point.Count, point.High ?? 0));
        plot.Axes.SetLimits(-0.7, points.Count - 0.3, 0, top * Headroom);
    }

    /// <summary>Ticks at round UTC times: "HH:mm" with the date under the first tick of each day.</summary>
    internal static List<(double Position, string Label)> TimeTicks(ChartSeries series)
    {
        var points = series.Points;
        var span = series.BinSize * points.Count;
        var step = TickSteps.FirstOrDefault(s => s >= series.BinSize && s.Ticks % series.BinSize.Ticks == 0 && span / s <= MaxTicks);
        if (step == TimeSpan.Zero)
            step = series.BinSize * Math.Ceiling(points.Count / (double)MaxTicks);

        var ticks = new List<(double Position, string Label)>();
        DateTime? lastDate = null;
        for (var i = 0; i < points.Count; i++)
        {
            var start = points[i].Start.UtcDateTime;
            if (start.Ticks % step.Ticks != 0)
                continue;
            var label = step >= TimeSpan.FromDays(1)
                ? start.ToString("dd MMM", CultureInfo.InvariantCulture)
                : start.ToString("HH:mm", CultureInfo.InvariantCulture)
                  + (lastDate != start.Date ? "\n" + start.ToString("dd MMM", CultureInfo.InvariantCulture) : "");
            lastDate = start.Date;
            ticks.Add((i - 0.5, label));
        }

        return ticks;
    }

    /// <summary>"1 h", "15 min", "1 d".</summary>
    internal static string Describe(TimeSpan binSize) =>
        binSize.TotalDays >= 1 && binSize.TotalDays % 1 == 0 ? $"{binSize.TotalDays:0} d"
        : binSize.TotalHours >= 1 && binSize.TotalHours % 1 == 0 ? $"{binSize.TotalHours:0} h"
        : $"{binSize.TotalMinutes:0} min";
}
