using FactBot.Core.Messages;
using FactBot.Core.Results;
using FactBot.Worker.Charts;
using SkiaSharp;
using static FactBot.Worker.Tests.Charts.ChartSamples;

namespace FactBot.Worker.Tests.Charts;

public sealed class ScottPlotChartRendererTests
{
    private readonly ScottPlotChartRenderer _sut = new();

    [Fact]
    public void RenderPng_TypicalSeries_IsAPngOfTheRequestedSize()
    {
        var png = Render(Hourly());

        Assert.True(IsPng(png));
        Assert.Equal((ChartRequest.DefaultWidth, ChartRequest.DefaultHeight), Size(png));
    }

    [Fact]
    public void RenderPng_OtherSize_IsDrawnAtThatSize()
    {
        var png = Render(Hourly() with { Width = 640, Height = 320 });

        Assert.Equal((640, 320), Size(png));
    }

    [Fact]
    public void RenderPng_EmptyBinsAndBinsWithoutExpectation_Renders()
    {
        var request = Hourly(last: 0, count: i => i % 5 == 0 ? 0 : 3);
        var points = request.Series.Points.Select((p, i) => i is > 10 and < 20 or 30 ? p with { Expected = null, Low = null, High = null } : p);
        request = request with { Series = request.Series with { Points = [.. points] } };

        var png = Render(request);

        Assert.True(IsPng(png));
        Assert.Equal((ChartRequest.DefaultWidth, ChartRequest.DefaultHeight), Size(png));
    }

    [Fact]
    public void RenderPng_AllBinsEmptyWithoutExpectation_Renders()
    {
        var request = Hourly(last: 0, count: _ => 0);
        request = request with { Series = request.Series with { Points = [.. request.Series.Points.Select(p => p with { Expected = null, Low = null, High = null })] } };

        Assert.True(IsPng(Render(request)));
    }

    [Fact]
    public void RenderPng_HugeSpike_Renders()
    {
        var png = Render(Hourly(last: 5_000_000));

        Assert.True(IsPng(png));
        Assert.Equal((ChartRequest.DefaultWidth, ChartRequest.DefaultHeight), Size(png));
    }

    [Fact]
    public void RenderPng_SameRequestTwice_GivesTheSameBytes()
    {
        var request = Hourly();

        Assert.Equal(Render(request), Render(request));
    }

    [Fact]
    public void RenderPng_WithWindow_DrawsTheWindowsBinInTheAlertColour()
    {
        var marked = RedPixels(Render(Hourly(last: 60)));
        var plain = RedPixels(Render(Hourly(last: 60, highlight: false)));

        Assert.True(marked > 500, $"{marked} red pixels with the window marked");
        Assert.True(plain < marked / 10, $"{plain} red pixels without a window vs {marked} with");
    }

    [Fact]
    public void RenderPng_WindowOutsideTheBins_DrawsNoWindow()
    {
        var request = Hourly() with { Highlight = new ChartHighlight(Start.AddDays(-5), Start.AddDays(-4), "Volume surge") };

        Assert.Equal(Render(Hourly(highlight: false)), Render(request));
    }

    [Fact]
    public void RenderPng_NoBins_IsInvalid()
    {
        var result = _sut.RenderPng(Hourly() with { Series = new ChartSeries(TimeSpan.FromHours(1), []) });

        Assert.IsType<InvalidArgument>(result.Error);
    }

    [Theory]
    [InlineData(0, 400)]
    [InlineData(800, 50_000)]
    public void RenderPng_UnreasonableSize_IsInvalid(int width, int height)
    {
        var result = _sut.RenderPng(Hourly() with { Width = width, Height = height });

        Assert.IsType<InvalidArgument>(result.Error);
    }

    private byte[] Render(ChartRequest request)
    {
        var result = _sut.RenderPng(request);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    /// <summary>Pixels close to the alert colour (#D62728): strong red, little green and blue.</summary>
    private static int RedPixels(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var count = 0;
        foreach (var pixel in bitmap.Pixels)
        {
            if (pixel.Red > 180 && pixel.Green < 80 && pixel.Blue < 80)
                count++;
        }

        return count;
    }
}
