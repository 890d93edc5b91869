using FactBot.Core.Messages;
using FactBot.Core.Results;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ScottPlot;

namespace FactBot.Worker.Charts;

/// <summary>
/// Draws a <see cref="ChartRequest"/> with ScottPlot (SkiaSharp) as a PNG: bars of counts per bin, the expected count
/// as a line inside its usual-range band, the highlighted window shaded, UTC time ticks. Everything that shapes the
/// image comes from the request, so the same request gives the same bytes.
/// </summary>
internal sealed partial class ScottPlotChartRenderer(ILogger<ScottPlotChartRenderer>? logger = null) : IChartRenderer
{
    private static readonly Color BarColor = Color.FromHex("#4C78A8");
    private static readonly Color WindowBarColor = Color.FromHex("#D62728");
    private static readonly Color WindowShade = Color.FromHex("#D62728").WithAlpha(0.15);
    private static readonly Color BandColor = Color.FromHex("#7F7F7F").WithAlpha(0.25);
    private static readonly Color ExpectedColor = Color.FromHex("#222222");

    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;
    private int _warnedNoFonts;

    public Result<byte[]> RenderPng(ChartRequest request)
    {
        var points = request.Series.Points;
        if (points.Count == 0)
            return new InvalidArgument(nameof(request), "A chart needs at least one bin.");
        if (request.Width is < 100 or > 4000 || request.Height is < 100 or > 4000)
            return new InvalidArgument(nameof(request), $"Chart size {request.Width}×{request.Height} is outside 100–4000 pixels.");

        try
        {
            WarnOnceIfNoFonts();
            var plot = new Plot();
            ChartStyle.Apply(plot, request);
            AddHighlight(plot, request);
            AddBand(plot, points);
            AddBars(plot, request);
            AddExpected(plot, points);
            ChartStyle.SetLimits(plot, points);
            return plot.GetImageBytes(request.Width, request.Height, ImageFormat.Png);
        }
        catch (Exception ex) when (ex is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException or BadImageFormatException)
        {
            // The native Skia library is missing or does not load on this machine: no charts here, alerts still go.
            return new Unavailable($"Charts cannot be drawn on this machine ({ex.GetType().Name}: {ex.Message}).");
        }
    }

    /// <summary>The x coordinate of a time: bin i is centred on i, so its left edge is i − 0.5.</summary>
    internal static double XOf(ChartSeries series, DateTimeOffset time) =>
        ((time - series.Points[0].Start) / series.BinSize) - 0.5;

    private static void AddHighlight(Plot plot, ChartRequest request)
    {
        if (request.Highlight is not { } highlight)
            return;
        var last = request.Series.Points.Count - 0.5;
        var x1 = Math.Max(XOf(request.Series, highlight.Start), -0.5);
        var x2 = Math.Min(XOf(request.Series, highlight.End), last);
        if (x2 <= x1)
            return;
        var span = plot.Add.HorizontalSpan(x1, x2, WindowShade);
        span.LineWidth = 0;
        span.LegendText = highlight.Label;
    }

    private static void AddBand(Plot plot, IReadOnlyList<ChartPoint> points)
    {
        var labelled = false;
        foreach (var run in Runs(points))
        {
            var fill = plot.Add.FillY(
                [.. run.Select(i => (double)i)],
                [.. run.Select(i => points[i].Low!.Value)],
                [.. run.Select(i => points[i].High!.Value)]);
            fill.FillColor = BandColor;
            fill.LineWidth = 0;
            if (!labelled)
                fill.LegendText = "usual range (95%)";
            labelled = true;
        }
    }

    private static void AddBars(Plot plot, ChartRequest request)
    {
        var points = request.Series.Points;
        var inWindow = WindowMask(request);
        var bars = new List<Bar>(points.Count);
        for (var i = 0; i < points.Count; i++)
        {
            bars.Add(new Bar
            {
                Position = i,
                Value = points[i].Count,
                Size = 0.8,
                FillColor = inWindow[i] ? WindowBarColor : BarColor,
                LineWidth = 0,
            });
        }

        var plottable = plot.Add.Bars(bars);
        plottable.LegendText = "posts";
    }

    private static void AddExpected(Plot plot, IReadOnlyList<ChartPoint> points)
    {
        var labelled = false;
        foreach (var run in Runs(points))
        {
            double[] xs = [.. run.Select(i => (double)i)];
            double[] ys = [.. run.Select(i => points[i].Expected!.Value)];
            var line = run.Count == 1 ? plot.Add.Scatter(xs, ys, ExpectedColor) : plot.Add.ScatterLine(xs, ys, ExpectedColor);
            line.LineWidth = 2;
            line.MarkerSize = run.Count == 1 ? 4 : 0;
            if (!labelled)
                line.LegendText = "expected";
            labelled = true;
        }
    }

    /// <summary>Which bins overlap the highlighted window.</summary>
    private static bool[] WindowMask(ChartRequest request)
    {
        var points = request.Series.Points;
        var mask = new bool[points.Count];
        if (request.Highlight is not { } highlight)
            return mask;
        for (var i = 0; i < points.Count; i++)
        {
            var start = points[i].Start;
            mask[i] = start < highlight.End && start + request.Series.BinSize > highlight.Start;
        }

        return mask;
    }

    /// <summary>Consecutive bins with an expectation: lines and bands break where the detector had none.</summary>
    private static IEnumerable<List<int>> Runs(IReadOnlyList<ChartPoint> points)
    {
        var run = new List<int>();
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i] is { Expected: not null, Low: not null, High: not null })
            {
                run.Add(i);
                continue;
            }

            if (run.Count > 0)
                yield return run;
            run = [];
        }

        if (run.Count > 0)
            yield return run;
    }

    private void WarnOnceIfNoFonts()
    {
        if (ChartStyle.HasFonts || Interlocked.Exchange(ref _warnedNoFonts, 1) == 1)
            return;
        LogNoFonts(_logger);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "No fonts are installed, so charts are drawn without text (title, axes, legend). Install a font package such as fonts-dejavu-core.")]
    private static partial void LogNoFonts(ILogger logger);
}
