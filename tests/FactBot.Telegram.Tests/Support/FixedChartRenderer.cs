using FactBot.Core.Messages;
using FactBot.Core.Results;

namespace FactBot.Telegram.Tests.Support;

/// <summary>Stands in for the worker's ScottPlot renderer: a fixed 1×1 PNG, counted, so tests see a chart travel.</summary>
public sealed class FixedChartRenderer : IChartRenderer
{
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private int _rendered;

    public int Rendered => _rendered;

    public Result<byte[]> RenderPng(ChartRequest request)
    {
        Interlocked.Increment(ref _rendered);
        return Png;
    }
}
