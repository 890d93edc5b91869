using FactBot.Core.Messages;
using FactBot.Core.Results;

namespace FactBot.Core.Tests.Delivery;

/// <summary>Records every request; answers with a fixed PNG-looking payload, an error, or an exception.</summary>
internal sealed class RecordingChartRenderer : IChartRenderer
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    public List<ChartRequest> Requests { get; } = [];

    public Error? FailWith { get; init; }

    public bool Throw { get; init; }

    public Result<byte[]> RenderPng(ChartRequest request)
    {
        Requests.Add(request);
        if (Throw)
            throw new InvalidOperationException("renderer bug");
        return FailWith is { } error ? Result<byte[]>.Fail(error) : Png;
    }
}
