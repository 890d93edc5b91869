using System.Diagnostics;
using System.Runtime.ExceptionServices;
using FactBot.Core.Alerts;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection;

/// <summary>
/// Runs the detectors side by side, one lane per processor: detectors keep no state in common, so each can take the
/// batch on its own thread while the others take theirs, and every detector still sees every post in order, so the
/// findings are those of a sequential run. Target matching and the preparing detectors' per-post work
/// (<see cref="IPreparingDetector"/>) are shared out between the lanes as they go (<see cref="LaneBatch"/>); the
/// costliest detector (by the time it took on earlier batches) is taken first, so it gets a lane to itself.
/// </summary>
internal sealed class DetectorLanes(IReadOnlyList<IDetector> detectors, int processors) : IDisposable
{
    // Below this many posts a batch runs on the calling thread: handing work to other threads costs microseconds.
    private const int MinParallelPosts = 32;

    private readonly double[] _cost = new double[detectors.Count];
    private readonly double[] _advanceCost = new double[detectors.Count];
    private readonly int _lanes = Math.Clamp(processors, 1, Math.Max(1, detectors.Count));
    private readonly IPreparingDetector[] _preparing = [.. detectors.OfType<IPreparingDetector>()];
    private LaneWorker[]? _workers;

    /// <summary>
    /// Every detector observes the batch, detectors side by side, after its targets are matched and the preparing
    /// detectors' per-post work is done, chunk by chunk on whichever lane is free (<see cref="LaneBatch"/>).
    /// </summary>
    public void Observe(IReadOnlyList<Post> posts, TargetMatcher matcher)
    {
        var targets = new IReadOnlyList<WatchedTarget>[posts.Count];
        if (_lanes == 1 || posts.Count < MinParallelPosts)
        {
            for (var i = 0; i < posts.Count; i++)
                targets[i] = matcher.Match(posts[i]);
            foreach (var detector in detectors)
            {
                for (var i = 0; i < posts.Count; i++)
                    detector.Observe(posts[i], targets[i]);
            }

            return;
        }

        foreach (var detector in _preparing)
            detector.BeginBatch(posts.Count);
        var order = Enumerable.Range(0, detectors.Count).OrderByDescending(d => _cost[d]).ThenBy(d => d).ToArray();
        RunOnAllLanes(new LaneBatch(this, posts, targets, matcher, order).Run);
    }

    // The calling thread is one lane, the workers the others. A clock step is not followed by more lane work right
    // away (the store and the journal come next), so after one the workers sleep instead of spinning.
    private void RunOnAllLanes(Action lane, bool stayAwake = true)
    {
        _workers ??= [.. Enumerable.Range(1, _lanes - 1).Select(_ => new LaneWorker())];
        foreach (var worker in _workers)
            worker.Start(lane, stayAwake);
        Exception? failed = null;
        try
        {
            lane();
        }
        catch (Exception e)
        {
            failed = e;
        }

        // Every worker is waited for, even after a failure: what the lanes share must not be reused while one works.
        foreach (var worker in _workers)
        {
            if (worker.Wait() is { } error)
                failed ??= error;
        }

        if (failed is not null)
            ExceptionDispatchInfo.Throw(failed);
    }

    public void Dispose()
    {
        foreach (var worker in _workers ?? [])
            worker.Dispose();
    }

    /// <summary>
    /// Every detector's <see cref="IDetector.Advance"/>, side by side; the signals in detector order. Lanes pull the
    /// next detector when they finish one (costliest first), rather than taking a fixed share: a detector's work comes
    /// in spikes (the hourly close of every target's bin), and two spikes in the same minute must not share a lane.
    /// </summary>
    public List<DetectionSignal> Advance(DateTimeOffset now)
    {
        var found = new IReadOnlyList<DetectionSignal>[detectors.Count];
        if (_lanes == 1)
        {
            for (var d = 0; d < detectors.Count; d++)
                found[d] = Advance(d, now);
        }
        else
        {
            var order = Enumerable.Range(0, detectors.Count).OrderByDescending(d => _advanceCost[d]).ThenBy(d => d).ToArray();
            var next = -1;
            void Pull()
            {
                for (var i = Interlocked.Increment(ref next); i < order.Length; i = Interlocked.Increment(ref next))
                    found[order[i]] = Advance(order[i], now);
            }

            RunOnAllLanes(Pull, stayAwake: false);
        }

        var signals = new List<DetectionSignal>();
        foreach (var list in found)
            signals.AddRange(list);
        return signals;
    }

    /// <summary>Matches the targets of posts [start, end) and runs the preparing detectors' work on them.</summary>
    public void PrepareRange(IReadOnlyList<Post> posts, IReadOnlyList<WatchedTarget>[] targets, TargetMatcher matcher, int start, int end)
    {
        for (var i = start; i < end; i++)
            targets[i] = matcher.Match(posts[i]);
        foreach (var detector in _preparing)
            detector.Prepare(posts, targets, start, end);
    }

    /// <summary>Detector <paramref name="d"/> observes posts [start, end), prepared when it is a preparing detector.</summary>
    public void ObserveRange(int d, IReadOnlyList<Post> posts, IReadOnlyList<WatchedTarget>[] targets, int start, int end)
    {
        var began = Stopwatch.GetTimestamp();
        if (detectors[d] is IPreparingDetector preparing)
        {
            for (var i = start; i < end; i++)
                preparing.ObservePrepared(i, posts[i], targets[i]);
        }
        else
        {
            for (var i = start; i < end; i++)
                detectors[d].Observe(posts[i], targets[i]);
        }

        // An exponential average per post, so the costliest detector is taken first as the traffic's mix changes.
        var perPost = Stopwatch.GetElapsedTime(began).TotalMicroseconds / (end - start);
        _cost[d] = _cost[d] == 0 ? perPost : (0.95 * _cost[d]) + (0.05 * perPost);
    }

    private IReadOnlyList<DetectionSignal> Advance(int d, DateTimeOffset now)
    {
        var start = Stopwatch.GetTimestamp();
        var signals = detectors[d].Advance(now);

        // The costs of its spikes, decaying: a detector whose hourly close just took milliseconds goes first next time.
        var took = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        _advanceCost[d] = Math.Max(took, 0.99 * _advanceCost[d]);
        return signals;
    }
}
