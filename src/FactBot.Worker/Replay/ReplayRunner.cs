using FactBot.Core.Abstractions;
using FactBot.Core.Delivery;
using FactBot.Core.Detection;
using FactBot.Core.Detection.Surge;
using FactBot.Core.Ingest;
using FactBot.Core.Results;
using FactBot.Core.Time;
using FactBot.Sources.Replay;

namespace FactBot.Worker.Replay;

/// <summary>
/// Drives a file through the ingest driver on the virtual clock (paced when a speed is given), closes the last bins,
/// and delivers what fired. The detectors are first rebuilt from the store, so a replay killed at any moment and
/// started again ends with exactly the alerts and messages of an uninterrupted one.
/// </summary>
internal sealed class ReplayRunner(
    IngestPipeline pipeline,
    DetectionEngine engine,
    IPostStore posts,
    IngestOptions ingest,
    SurgeOptions bins,
    OutboxDispatcher dispatcher,
    TimeProvider time)
{
    public async Task<IngestResult> RunAsync(
        IPostSource source, double? speed, Action<MalformedRecord> onMalformed, Action<IngestProgress>? onProgress = null, CancellationToken ct = default)
    {
        if (time is not VirtualTimeProvider clock)
            throw new InvalidOperationException("Replay needs the virtual clock registered as the TimeProvider.");

        await engine.EnsureRebuiltAsync(posts, ingest.WarmUp, ct);
        var ordered = await SortedReplaySource.EnsureSortedAsync(source, ct);
        if (ordered.FirstPostAt is { } first && first < clock.GetUtcNow())
            clock.Reset(first);
        var paced = speed is { } factor ? new PacedSource(ordered.Source, factor, time) : ordered.Source;
        var run = new IngestRun { ReplayClock = clock, BatchSize = ingest.FileBatchSize, OnMalformed = onMalformed, OnProgress = onProgress };
        var result = await pipeline.RunAsync(paced, run, ct);

        // The last bin is still open when the data ends: move past its end (and the detectors' lateness) so it is judged too.
        var now = clock.GetUtcNow();
        var end = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % bins.BinSize.Ticks), TimeSpan.Zero) + bins.BinSize + bins.Lateness;
        clock.AdvanceTo(end);
        await engine.AdvanceAsync(end, ct: ct);
        await dispatcher.DrainAsync(ct);
        return result;
    }
}
