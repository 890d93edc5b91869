using FactBot.Core.Messages;
using FactBot.Core.Results;

namespace FactBot.Core.Tests.Commands.Handlers;

/// <summary>Answers every chart with a few fixed bytes and keeps the requests, so tests see what would be drawn.</summary>
internal sealed class RecordingChartRenderer : IChartRenderer
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47];

    public List<ChartRequest> Requests { get; } = [];

    public Result<byte[]> RenderPng(ChartRequest request)
    {
        Requests.Add(request);
        return Png;
    }
}
