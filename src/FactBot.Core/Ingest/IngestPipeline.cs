using System.Threading.Channels;
using FactBot.Core.Abstractions;
using FactBot.Core.Detection;
using FactBot.Core.Labels;
using FactBot.Core.Posts;
using FactBot.Core.Sources;
using Microsoft.Extensions.Logging;

namespace FactBot.Core.Ingest;

/// <summary>
/// The one way in for posts, whatever the source (files, replays, the watch folder, APIs, channel posts): a source
/// only yields posts and resume positions; this driver normalises, validates, joins labels, dedupes, stores, feeds the
/// detectors and saves the checkpoint. Each batch is one atomic commit — posts, checkpoint, detector steps and the
/// alerts and messages they caused — so a process killed at any moment resumes exactly where the store says.
/// A bounded channel between the source and the store gives back-pressure.
/// </summary>
public sealed class IngestPipeline(
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
        // A run that starts over still keeps the source's watermark: what was complete stays complete.
        var saved = await checkpoints.GetAsync(source.Id, ct);
        var checkpoint = run.Resume ? saved : null;
        // The buffer holds at least one batch, so the source can fill the next batch while the store commits this one.
        var batchSize = run.BatchSize ?? options.BatchSize;
        var channel = Channel.CreateBounded<SourceItem>(new BoundedChannelOptions(Math.Max(options.ChannelCapacity, batchSize))
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });

        var steps = run.ReplayClock is { } clock ? new ReplaySteps(clock, options.AdvanceEvery, checkpoint) : null;
        var state = new RunState(run, checkpoint?.Position) { CompleteThrough = saved?.CompleteThrough };
        var log = new RunLog(logger, source.Id);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = ProduceAsync(source, checkpoint?.Position, channel.Writer, stop.Token);
        try
        {
            await ConsumeAsync(source, channel.Reader, state, log, steps, ct);
        }
        finally
        {
            await stop.CancelAsync();
            await SwallowCancellation(producer);
        }

        await producer;
        log.Finished(state);
        return new IngestResult(state.Read, state.Stored, state.Duplicates, state.Malformed, state.LastPosition, checkpoint is not null)
        {
            Stopped = state.Stopped,
            Capped = state.Capped,
        };
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

    private async Task ConsumeAsync(IPostSource source, ChannelReader<SourceItem> reader, RunState state, RunLog log, ReplaySteps? steps, CancellationToken ct)
    {
        var batchSize = state.Run.BatchSize ?? options.BatchSize;
        var batch = new List<Post>(batchSize);
        while (await reader.WaitToReadAsync(ct))
        {
            string? position = null;
            while (batch.Count < batchSize && reader.TryRead(out var item))
            {
                position = item.Position;
                Take(item, batch, state, log);
            }

            if (position is null)
                continue;
            await CommitAsync(source, batch, position, state, steps, ct);
            batch.Clear();
            state.LastPosition = position;
            state.Run.OnProgress?.Invoke(new IngestProgress(state.Read, state.Stored, state.Duplicates, state.Malformed));
        }
    }

    /// <summary>One atomic commit: the batch's new posts, what the detectors made of them, and the checkpoint.</summary>
    private Task<int> CommitAsync(IPostSource source, List<Post> batch, string position, RunState state, ReplaySteps? steps, CancellationToken ct) =>
        engine.CommitAsync(async (step, token) =>
        {
            var fresh = batch.Count == 0 ? [] : await posts.AddNewAsync(batch, token);
            state.Stored += fresh.Count;
            state.Duplicates += batch.Count - fresh.Count;
            if (state.Run.Detect && fresh.Count > 0)
            {
                var last = await posts.LastSequenceAsync(token);
                await FeedAsync(step, fresh, last - fresh.Count + 1, steps, token);
            }

            var at = (TimeProvider?)state.Run.ReplayClock ?? time;
            var saved = new SourceCheckpoint(source.Id, position, at.GetUtcNow()) { NextAdvance = steps?.NextAdvance, CompleteThrough = state.CompleteThrough };
            await checkpoints.SaveAsync(saved, token);
            return 0;
        }, ct);

    /// <summary>
    /// Live, new posts go to the detectors as they are (the bin-close job moves their clock). In a replay, the clock
    /// follows the posts and the detectors step whenever it crosses a multiple of AdvanceEvery — by post time, never
    /// by batch, so every bin closes after exactly the posts before it and two replays give the same alerts.
    /// </summary>
    private static async Task FeedAsync(DetectionStep step, IReadOnlyList<Post> fresh, long firstSequence, ReplaySteps? steps, CancellationToken ct)
    {
        if (steps is null)
        {
            step.Observe(fresh, firstSequence + fresh.Count - 1);
            return;
        }

        var start = 0;
        for (var i = 0; i < fresh.Count; i++)
        {
            if (steps.Before(fresh[i].CreatedAt) is not { } advanceTo)
                continue;
            Observe(step, fresh, start, i, firstSequence);
            start = i;
            await step.AdvanceAsync(advanceTo, ct: ct);
        }

        Observe(step, fresh, start, fresh.Count, firstSequence);
    }

    private static void Observe(DetectionStep step, IReadOnlyList<Post> fresh, int start, int end, long firstSequence)
    {
        if (end <= start)
            return;
        IReadOnlyList<Post> run = start == 0 && end == fresh.Count ? fresh : [.. fresh.Skip(start).Take(end - start)];
        step.Observe(run, firstSequence + end - 1);
    }

    /// <summary>Counts one item: a post into the batch (normalised, labels joined), a problem to the log, a watermark.</summary>
    private void Take(SourceItem item, List<Post> batch, RunState state, RunLog log)
    {
        if (item.CompleteThrough is { } watermark && !(watermark <= state.CompleteThrough))
            state.CompleteThrough = watermark;
        if (item.Post is { } post)
        {
            state.Read++;
            batch.Add(labels.Join(PostNormalizer.Normalize(post)));
            if (item.Capped is { } capped)
            {
                state.Capped++;
                state.Run.OnCapped?.Invoke(capped);
            }
        }
        else if (item.Error is { } error)
        {
            // The end of a file (truncated, unreadable, unfinished) is not a record.
            if (error.Problem == Results.ReadProblem.Record)
                state.Read++;
            log.Rejected(error, state);
        }
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
}
