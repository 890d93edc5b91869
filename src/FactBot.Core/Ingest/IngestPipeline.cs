using System.Threading.Channels;
using FactBot.Core.Abstractions;
using FactBot.Core.Detection;
using FactBot.Core.Labels;
using FactBot.Core.Posts;
using FactBot.Core.Sources;
using FactBot.Core.Time;
using Microsoft.Extensions.Logging;

namespace FactBot.Core.Ingest;

/// <summary>
/// source → normalise → dedupe → label join → store → detectors. A bounded channel between the source and the
/// store gives back-pressure; a checkpoint is saved after each stored batch, so a restart resumes without losing
/// posts, and the store's idempotent add means none is stored twice.
/// </summary>
public sealed partial class IngestPipeline(
    IPostStore posts,
    ICheckpointStore checkpoints,
    LabelIndex labels,
    DetectionEngine engine,
    IngestOptions options,
    TimeProvider time,
    ILogger<IngestPipeline> logger)
{
    public async Task<IngestResult> RunAsync(IPostSource source, IngestRun run, CancellationToken ct = default)
    {
        var checkpoint = run.Resume ? await checkpoints.GetAsync(source.Id, ct) : null;
        var channel = Channel.CreateBounded<SourceItem>(new BoundedChannelOptions(options.ChannelCapacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = ProduceAsync(source, checkpoint?.Position, channel.Writer, stop.Token);
        var state = new RunState(run, checkpoint?.Position);
        try
        {
            // A resumed replay runs in a fresh process whose detectors saw nothing yet. Live sources resume on every
            // poll of a long-running worker whose detectors were warmed once at start: warming again would count twice.
            if (checkpoint is not null && run.Detect && run.ReplayClock is not null)
                await WarmUpAsync(run, checkpoint, ct);
            await ConsumeAsync(source, channel.Reader, state, ct);
        }
        finally
        {
            await stop.CancelAsync();
            await SwallowCancellation(producer);
        }

        await producer;
        return new IngestResult(state.Read, state.Stored, state.Duplicates, state.Malformed, state.LastPosition, checkpoint is not null);
    }

    private static async Task ProduceAsync(IPostSource source, string? resumeAfter, ChannelWriter<SourceItem> writer, CancellationToken ct)
    {
        try
        {
            await foreach (var item in source.ReadAsync(resumeAfter, ct))
                await writer.WriteAsync(item, ct);
            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
            throw;
        }
    }

    private async Task ConsumeAsync(IPostSource source, ChannelReader<SourceItem> reader, RunState state, CancellationToken ct)
    {
        var batch = new List<Post>(options.BatchSize);
        while (await reader.WaitToReadAsync(ct))
        {
            string? position = null;
            while (batch.Count < options.BatchSize && reader.TryRead(out var item))
            {
                state.Read++;
                position = item.Position;
                if (item.Post is { } post)
                    batch.Add(labels.Join(PostNormalizer.Normalize(post)));
                else if (item.Error is { } error)
                {
                    state.Malformed++;
                    LogMalformed(logger, source.Id, error.Position, error.Message);
                    state.Run.OnMalformed?.Invoke(error);
                }
            }

            if (position is null)
                continue;
            await StoreAndDetectAsync(batch, state, ct);
            batch.Clear();
            state.LastPosition = position;
            var clock = (TimeProvider?)state.Run.ReplayClock ?? time;
            await checkpoints.SaveAsync(new SourceCheckpoint(source.Id, position, clock.GetUtcNow()), ct);
        }
    }

    private async Task StoreAndDetectAsync(List<Post> batch, RunState state, CancellationToken ct)
    {
        if (batch.Count == 0)
            return;
        var fresh = await posts.AddNewAsync(batch, ct);
        state.Stored += fresh.Count;
        state.Duplicates += batch.Count - fresh.Count;
        if (!state.Run.Detect)
            return;

        // Posts go to the detectors in runs (the detectors take a run side by side); a run ends where a replay step
        // closes bins, so every bin is closed after exactly the posts before it, as if they went one by one.
        var run = new List<Post>(fresh.Count);
        foreach (var post in fresh)
        {
            if (state.Run.ReplayClock is { } clock)
            {
                if (state.NextAdvance is { } next && post.CreatedAt >= next && run.Count > 0)
                {
                    await engine.ObserveAsync(run, ct);
                    run.Clear();
                }

                await ReplayStepAsync(clock, post.CreatedAt, state, ct);
            }

            run.Add(post);
        }

        if (run.Count > 0)
            await engine.ObserveAsync(run, ct);
    }

    /// <summary>Moves virtual time to the next post (pacing it on the real clock when a speed is set) and lets the
    /// detectors close bins whenever time crosses a multiple of AdvanceEvery: by post time, never by batch, so two
    /// replays of the same data give the same alerts.</summary>
    private async Task ReplayStepAsync(VirtualTimeProvider clock, DateTimeOffset at, RunState state, CancellationToken ct)
    {
        if (state.Run.Speed is { } speed && state.LastPostTime is { } previous && at > previous)
        {
            // Sub-millisecond waits are not worth a timer; the debt is paid once it is noticeable.
            state.PaceDebt += (at - previous) / speed;
            if (state.PaceDebt >= TimeSpan.FromMilliseconds(10))
            {
                await Task.Delay(state.PaceDebt, time, ct);
                state.PaceDebt = TimeSpan.Zero;
            }
        }

        state.LastPostTime = at;
        clock.AdvanceTo(at);
        var now = clock.GetUtcNow();
        if (state.NextAdvance is { } next && now < next)
            return;
        if (state.NextAdvance is not null)
            await engine.AdvanceAsync(now, ct: ct);
        state.NextAdvance = Floor(now, options.AdvanceEvery) + options.AdvanceEvery;
    }

    private static DateTimeOffset Floor(DateTimeOffset time, TimeSpan step) =>
        new(time.UtcTicks - (time.UtcTicks % step.Ticks), TimeSpan.Zero);

    private async Task WarmUpAsync(IngestRun run, SourceCheckpoint checkpoint, CancellationToken ct)
    {
        // A replay's checkpoint carries virtual time; live checkpoints carry real time.
        run.ReplayClock?.AdvanceTo(checkpoint.UpdatedAt);
        var now = run.ReplayClock?.GetUtcNow() ?? time.GetUtcNow();
        var stored = await posts.GetCreatedBetweenAsync(now - options.WarmUp, now, ct);
        if (stored.Count == 0)
            return;
        run.ReplayClock?.AdvanceTo(stored[^1].CreatedAt);
        await engine.ObserveAsync(stored, ct);
        await engine.AdvanceAsync(stored[^1].CreatedAt, emit: false, ct);
    }

    private static async Task SwallowCancellation(Task task)
    {
        try
        {
            await task;
        }
        catch (OperationCanceledException)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped a record from {Source} at {Position}: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string source, string position, string reason);
}
