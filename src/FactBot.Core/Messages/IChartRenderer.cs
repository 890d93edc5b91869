using FactBot.Core.Results;

namespace FactBot.Core.Messages;

/// <summary>
/// Draws a <see cref="ChartRequest"/> as a PNG. Core only describes the chart; the drawing library lives in the
/// worker, so Core stays free of platform packages. Optional: with none registered, messages go without charts.
/// </summary>
public interface IChartRenderer
{
    /// <summary>
    /// Renders the chart at the request's fixed size. A machine that cannot draw (native library or fonts missing)
    /// is an expected failure, returned as <see cref="Unavailable"/>; the caller sends its message without a chart.
    /// </summary>
    /// <param name="request">What to draw.</param>
    /// <returns>The PNG bytes, or why none could be made.</returns>
    Result<byte[]> RenderPng(ChartRequest request);
}
