using System.Diagnostics;
using FactBot.Core.Posts;

namespace FactBot.Benchmarks.Streaming;

/// <summary>
/// One pass of the stream through Core's detection path as the ingest pipeline drives it after storing: normalise and
/// join labels, then per post the replay step (virtual time moves to the post; whenever it crosses a minute,
/// <c>DetectionEngine.AdvanceAsync</c>) and <c>DetectionEngine.ObserveAsync</c> on runs of posts as the pipeline forms
/// them; at the end the clock moves to the next full hour and the last bins close. Each stage is timed (Stopwatch
/// timestamps where the stage changes) and its allocations counted.
/// </summary>
internal sealed record StreamRun(long Posts, Stage Generate, Stage Prepare, Stage Advance, Stage Observe, TimeSpan Wall, TimeSpan Cpu, MemoryProbe Memory, long PeakWorkingSet, long LiveAfter, GcActivity Gc, AlertTally Tally)
{
    private const int ProgressEvery = 100_000;
    private const int GenerateAhead = 256;

    public TimeSpan Detection => Prepare.Time + Advance.Time + Observe.Time;

    public static Task<StreamRun> MeasureAsync(DetectionWorld world, PostStream stream, TextWriter log, CancellationToken ct) =>
        MeasureAsync(world, stream.Posts(), log, ct);

    public static async Task<StreamRun> MeasureAsync(DetectionWorld world, IEnumerable<Post> stream, TextWriter log, CancellationToken ct)
    {
        var tally = new AlertTally();
        world.Engine.AddHandler(tally);
        var engine = world.Engine;
        var labels = world.Labels;
        var clock = world.Clock;
        var every = world.Ingest.AdvanceEvery;
        var memory = new MemoryProbe();
        Stage generate = new(), prepare = new(), advance = new(), observe = new();
        DateTimeOffset? next = null;
        long count = 0;

        var time = TimeProvider.System;
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        var gcStart = GcActivity.Now();
        var wallStart = time.GetTimestamp();
        using var posts = stream.GetEnumerator();
        var batchSize = world.Ingest.BatchSize;
        var run = new List<Post>(batchSize);
        var raw = new List<Post>(GenerateAhead);
        var now = clock.GetUtcNow();
        while (true)
        {
            // Generated ahead in small runs, so the timestamps that keep generation out of the figures are taken per
            // run, not per post (a few of them per post would cost half a second over 5M posts).
            var mark = Stage.Mark();
            raw.Clear();
            while (raw.Count < GenerateAhead && posts.MoveNext())
                raw.Add(posts.Current);
            mark = generate.Add(mark);
            if (raw.Count == 0)
                break;

            foreach (var generated in raw)
            {
                var post = labels.Join(PostNormalizer.Normalize(generated));

                // A late post (the late-arrival bench) arrives at its ObservedAt: the clock does not go back for it, and
                // runs on to it when the late posts come after the last on-time one.
                var arrival = post.ObservedAt > post.CreatedAt ? post.ObservedAt : post.CreatedAt;

                // IngestPipeline: posts go to the detectors in runs of at most a batch, a run ending where a replay
                // step (time crossing a multiple of AdvanceEvery) closes bins.
                if (run.Count == batchSize || (next is { } due && arrival >= due && run.Count > 0))
                {
                    mark = prepare.Add(mark);
                    await engine.ObserveAsync(run, ct);
                    run.Clear();
                    mark = observe.Add(mark);
                }

                if (arrival > clock.GetUtcNow())
                    clock.AdvanceTo(arrival);
                now = clock.GetUtcNow();
                if (next is null || now >= next)
                {
                    if (next is not null)
                    {
                        mark = prepare.Add(mark);
                        await engine.AdvanceAsync(now, ct: ct);
                        mark = advance.Add(mark);
                    }

                    next = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % every.Ticks), TimeSpan.Zero) + every;
                }

                run.Add(post);
                if (++count % ProgressEvery == 0)
                {
                    prepare.Add(mark);
                    memory.Sample(world.Coordination);
                    await log.WriteLineAsync($"  {count:N0} posts, virtual time {now:yyyy-MM-dd HH:mm}, {count / time.GetElapsedTime(wallStart).TotalSeconds:N0} posts/s so far, heap {MemoryProbe.Mib(GC.GetGCMemoryInfo().HeapSizeBytes)}, coordination shares {memory.PeakObjects:N0}");
                    mark = Stage.Mark();
                }
            }

            prepare.Add(mark);
        }

        var tRun = Stage.Mark();
        if (run.Count > 0)
            await engine.ObserveAsync(run, ct);
        observe.Add(tRun);

        // ReplayRunner: the last bin is still open when the data ends; move to the next full hour and close it.
        var tEnd = Stage.Mark();
        var last = clock.GetUtcNow();
        var end = new DateTimeOffset(last.UtcTicks - (last.UtcTicks % TimeSpan.TicksPerHour), TimeSpan.Zero).AddHours(1);
        clock.AdvanceTo(end);
        await engine.AdvanceAsync(end, ct: ct);
        advance.Add(tEnd);
        var wall = time.GetElapsedTime(wallStart);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuStart;
        memory.Sample(world.Coordination);
        var gc = GcActivity.Now() - gcStart;
        var peak = MemoryProbe.PeakWorkingSet();
        return new StreamRun(count, generate, prepare, advance, observe, wall, cpu, memory, peak, MemoryProbe.LiveAfterFullGc(), gc, tally);
    }
}
