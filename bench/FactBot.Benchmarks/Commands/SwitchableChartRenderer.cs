using FactBot.Core.Messages;
using FactBot.Core.Results;

namespace FactBot.Benchmarks.Commands;

/// <summary>The worker's real chart renderer behind a switch, so one store serves timings with and without drawing.</summary>
internal sealed class SwitchableChartRenderer : IChartRenderer
{
    public IChartRenderer? Inner { get; set; }

    public bool Enabled { get; set; }

    public Result<byte[]> RenderPng(ChartRequest request) =>
        Enabled && Inner is not null ? Inner.RenderPng(request) : new Unavailable("charts are switched off for this timing");
}
