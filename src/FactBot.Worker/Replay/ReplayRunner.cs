using FactBot.Core.Abstractions;
using FactBot.Core.Delivery;
using FactBot.Core.Detection;
using FactBot.Core.Ingest;
using FactBot.Core.Results;
using FactBot.Core.Time;
using FactBot.Sources.Replay;

namespace FactBot.Worker.Replay;

/// <summary>
/// Drives a file through the live pipeline on the virtual clock, closes the last bins, and delivers what fired.
/// </summary>
internal sealed class ReplayRunner(IngestPipeline pipeline, DetectionEngine engine, OutboxDispatcher dispatcher, TimeProvider time)
{
    public async Task<IngestResult> RunAsync(IPostSource source, double? speed, Action<MalformedRecord> onMalformed, CancellationToken ct = default)
    {
        if (time is not VirtualTimeProvider clock)
            throw new InvalidOperationException("Replay needs the virtual clock registered as the TimeProvider.");

        var ordered = await SortedReplaySource.EnsureSortedAsync(source, ct);
        if (await FirstPostTimeAsync(ordered, ct) is { } first && first < clock.GetUtcNow())
            clock.Reset(first);
        var result = await pipeline.RunAsync(ordered, new IngestRun { ReplayClock = clock, Speed = speed, OnMalformed = onMalformed }, ct);

        // The last bin is still open when the data ends: move to the next full hour so it is evaluated too.
        var now = clock.GetUtcNow();
        var end = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerHour), TimeSpan.Zero).AddHours(1);
        clock.AdvanceTo(end);
        await engine.AdvanceAsync(end, ct: ct);
        await dispatcher.DrainAsync(ct);
        return result;
    }

    private static async Task<DateTimeOffset?> FirstPostTimeAsync(IPostSource source, CancellationToken ct)
    {
        await foreach (var item in source.ReadAsync(null, ct))
        {
            if (item.Post is { } post)
                return post.CreatedAt;
        }

        return null;
    }
}
