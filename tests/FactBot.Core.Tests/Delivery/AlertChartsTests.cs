using FactBot.Core.Alerts;
using FactBot.Core.Delivery;
using FactBot.Core.Messages;
using FactBot.Core.Results;
using Microsoft.Extensions.Logging;
using static FactBot.Core.Tests.Delivery.ChartFixture;

namespace FactBot.Core.Tests.Delivery;

public sealed class AlertChartsTests
{
    // Eight days of a daily rhythm, then a surge in the last hour (day 8, 14:00–15:00).
    private const int SurgeHour = (8 * 24) + 14;
    private static readonly Func<int, int> WithSurge = h => h == SurgeHour ? 120 : Daily(h);

    [Fact]
    public void RenderAlert_WithoutRenderer_ReturnsNull()
    {
        var sut = new AlertCharts(Detector(SurgeHour + 1, WithSurge));

        Assert.False(sut.CanRender);
        Assert.Null(sut.RenderAlert(Alert(Hour(SurgeHour), Hour(SurgeHour + 1)), Hour(SurgeHour + 1)));
    }

    [Fact]
    public void BuildRequest_AfterASurge_Shows48BinsEndingWithTheSurgedBin()
    {
        var sut = new AlertCharts(Detector(SurgeHour + 1, WithSurge));
        var highlight = new ChartHighlight(Hour(SurgeHour), Hour(SurgeHour + 1), "Volume surge");

        var request = sut.BuildRequest(Key, Hour(SurgeHour + 1), highlight)!;

        var points = request.Series.Points;
        Assert.Equal(Key, request.Title);
        Assert.Equal(TimeSpan.FromHours(1), request.Series.BinSize);
        Assert.Equal(48, points.Count);
        Assert.Equal(Hour(SurgeHour), points[^1].Start);
        Assert.Equal(120, points[^1].Count);
        Assert.Equal(Daily(SurgeHour - 1), points[^2].Count);
        Assert.Same(highlight, request.Highlight);
        Assert.All(points.Zip(points.Skip(1)), p => Assert.Equal(TimeSpan.FromHours(1), p.Second.Start - p.First.Start));
    }

    [Fact]
    public void BuildRequest_JudgedBins_CarryTheExpectationInsideItsBand()
    {
        var sut = new AlertCharts(Detector(SurgeHour + 1, WithSurge));

        var points = sut.BuildRequest(Key, Hour(SurgeHour + 1), null)!.Series.Points;

        Assert.All(points, p =>
        {
            Assert.NotNull(p.Expected);
            Assert.InRange(p.Expected!.Value, p.Low!.Value, p.High!.Value);
            Assert.True(p.High > p.Low, "a band, not a line");
        });
        var surge = points[^1];
        Assert.True(surge.Count > surge.High, "the surge is outside the usual range");
        Assert.InRange(points[^2].Count, points[^2].Low!.Value, points[^2].High!.Value);
    }

    [Fact]
    public void BuildRequest_WindowLongBeforeNow_EndsTheChartAtTheWindow()
    {
        // A replay may advance many hours in one step: the alert's bin must still be in view.
        var sut = new AlertCharts(Detector(SurgeHour + 30, WithSurge));

        var request = sut.BuildRequest(Key, Hour(SurgeHour + 30), new ChartHighlight(Hour(SurgeHour), Hour(SurgeHour + 1), "x"))!;

        Assert.Equal(Hour(SurgeHour), request.Series.Points[^1].Start);
        Assert.Equal(120, request.Series.Points[^1].Count);
    }

    [Fact]
    public void BuildRequest_WindowEndingMidBin_IncludesThatBinOnceItClosed()
    {
        var sut = new AlertCharts(Detector(SurgeHour + 5, WithSurge));

        var request = sut.BuildRequest(Key, Hour(SurgeHour + 5), new ChartHighlight(Hour(SurgeHour - 3), Hour(SurgeHour).AddMinutes(20), "x"))!;

        Assert.Equal(Hour(SurgeHour), request.Series.Points[^1].Start);
    }

    [Fact]
    public void BuildRequest_WindowEndingInTheOpenBin_NeverShowsTheOpenBin()
    {
        var sut = new AlertCharts(Detector(SurgeHour + 1, WithSurge));
        var now = Hour(SurgeHour + 1).AddMinutes(10);

        var request = sut.BuildRequest(Key, now, new ChartHighlight(Hour(SurgeHour), now, "x"))!;

        Assert.Equal(Hour(SurgeHour), request.Series.Points[^1].Start);
    }

    [Fact]
    public void BuildRequest_UnwatchedTarget_ReturnsNull()
    {
        var sut = new AlertCharts(Detector(30, Daily));

        Assert.Null(sut.BuildRequest("#elsewhere", Hour(30), null));
    }

    [Fact]
    public void BuildRequest_NoPostsInView_ReturnsNull()
    {
        var sut = new AlertCharts(Detector(30, h => h < 2 ? 5 : 0));

        Assert.NotNull(sut.BuildRequest(Key, Hour(30), null));
        Assert.Null(sut.BuildRequest(Key, Hour(60), null));
    }

    [Fact]
    public void BuildRequest_LongTarget_ShortensTheTitle()
    {
        var key = "kw:" + new string('x', 100);
        var detector = Detector(0, Daily);
        detector.SetWatched([Watched with { Target = Core.Watchlists.WatchTarget.Parse(key).Value! }]);
        detector.Observe(TestKit.Posts.PostBuilder.Create(at: Hour(0), text: "x"), [Watched with { Target = Core.Watchlists.WatchTarget.Parse(key).Value! }]);
        var sut = new AlertCharts(detector);

        var title = sut.BuildRequest(key, Hour(1), null)!.Title;

        Assert.Equal(AlertCharts.MaxTitleLength, title.Length);
        Assert.StartsWith("kw:xxx", title, StringComparison.Ordinal);
        Assert.EndsWith("…", title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AlertKind.VolumeSurge, "Volume surge")]
    [InlineData(AlertKind.StateMediaSurge, "State-media surge")]
    [InlineData(AlertKind.Coordination, "Coordinated posting")]
    public void RenderAlert_AnyKindOnAWatchedTarget_DrawsTheVolumeSeriesWithTheAlertWindow(AlertKind kind, string label)
    {
        var renderer = new RecordingChartRenderer();
        var sut = new AlertCharts(Detector(SurgeHour + 1, WithSurge), renderer);
        var alert = Alert(Hour(SurgeHour - 5), Hour(SurgeHour + 1), kind);

        var png = sut.RenderAlert(alert, Hour(SurgeHour + 1));

        Assert.Equal(RecordingChartRenderer.Png, png);
        var request = Assert.Single(renderer.Requests);
        Assert.Equal(new ChartHighlight(alert.WindowStart, alert.WindowEnd, label), request.Highlight);
        Assert.Equal(120, request.Series.Points[^1].Count);
    }

    [Fact]
    public void RenderAlert_TargetWithoutVolumeSeries_DoesNotCallTheRenderer()
    {
        var renderer = new RecordingChartRenderer();
        var sut = new AlertCharts(Detector(30, Daily), renderer);

        Assert.Null(sut.RenderAlert(Alert(Hour(28), Hour(29), AlertKind.Coordination, "sound:123"), Hour(30)));
        Assert.Empty(renderer.Requests);
    }

    [Fact]
    public void RenderTarget_RendererUnavailable_ReturnsNullAndLogsAWarning()
    {
        var logger = new RecordingLogger<AlertCharts>();
        var sut = new AlertCharts(Detector(30, Daily), new RecordingChartRenderer { FailWith = new Unavailable("no skia") }, logger);

        Assert.Null(sut.RenderTarget(Key, Hour(30)));
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("no skia", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderTarget_RendererThrows_ReturnsNullAndLogsTheError()
    {
        var logger = new RecordingLogger<AlertCharts>();
        var sut = new AlertCharts(Detector(30, Daily), new RecordingChartRenderer { Throw = true }, logger);

        Assert.Null(sut.RenderTarget(Key, Hour(30)));
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.IsType<InvalidOperationException>(entry.Exception);
    }
}
