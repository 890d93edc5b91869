using System.Diagnostics;
using FactBot.Core.Alerts;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection;

/// <summary>
/// Runs the detectors side by side, one lane per processor: detectors keep no state in common, so each can take the
/// whole batch on its own thread while the others take theirs, and every detector still sees every post in order, so
/// the findings are those of a sequential run. Before that, target matching and the preparing detectors' per-post
/// work (<see cref="IPreparingDetector"/>) run over the batch split into one range per lane. Detectors are spread over the lanes by the time they took on earlier
/// batches (longest first onto the least loaded lane), so a heavy detector gets a lane to itself.
/// </summary>
internal sealed class DetectorLanes(IReadOnlyList<IDetector> detectors, int processors)
{
    // Below this many posts a batch runs on the calling thread: handing work to other threads costs microseconds.
    private const int MinParallelPosts = 32;

    private readonly double[] _cost = new double[detectors.Count];
    private readonly int _lanes = Math.Clamp(processors, 1, Math.Max(1, detectors.Count));
    private readonly IPreparingDetector[] _preparing = [.. detectors.OfType<IPreparingDetector>()];

    /// <summary>
    /// Matches the batch's targets and runs the preparing detectors' per-post work, split into one range per lane;
    /// then every detector observes the batch, detectors side by side.
    /// </summary>
    public async Task ObserveAsync(IReadOnlyList<Post> posts, TargetMatcher matcher, CancellationToken ct)
    {
        var targets = new IReadOnlyList<WatchedTarget>[posts.Count];
        if (_lanes == 1 || posts.Count < MinParallelPosts)
        {
            for (var i = 0; i < posts.Count; i++)
                targets[i] = matcher.Match(posts[i]);
            for (var d = 0; d < detectors.Count; d++)
                Observe(d, posts, targets, prepared: false);
            return;
        }

        foreach (var detector in _preparing)
            detector.BeginBatch(posts.Count);
        var ranges = new Task[_lanes - 1];
        for (var lane = 1; lane < _lanes; lane++)
        {
            var (start, end) = Range(lane, posts.Count);
            ranges[lane - 1] = Task.Run(() => Prepare(posts, targets, matcher, start, end), ct);
        }

        var (firstStart, firstEnd) = Range(0, posts.Count);
        Prepare(posts, targets, matcher, firstStart, firstEnd);
        await Task.WhenAll(ranges);

        var lanes = Assign();
        var others = new Task[lanes.Count - 1];
        for (var lane = 1; lane < lanes.Count; lane++)
        {
            var mine = lanes[lane];
            others[lane - 1] = Task.Run(() => ObserveLane(mine, posts, targets), ct);
        }

        ObserveLane(lanes[0], posts, targets);
        await Task.WhenAll(others);
    }

    /// <summary>Every detector's <see cref="IDetector.Advance"/>, side by side; the signals in detector order.</summary>
    public async Task<List<DetectionSignal>> AdvanceAsync(DateTimeOffset now, CancellationToken ct)
    {
        var found = new IReadOnlyList<DetectionSignal>[detectors.Count];
        if (_lanes == 1)
        {
            for (var d = 0; d < detectors.Count; d++)
                found[d] = detectors[d].Advance(now);
        }
        else
        {
            var lanes = Assign();
            var others = new Task[lanes.Count - 1];
            for (var lane = 1; lane < lanes.Count; lane++)
            {
                var mine = lanes[lane];
                others[lane - 1] = Task.Run(() => AdvanceLane(mine, now, found), ct);
            }

            AdvanceLane(lanes[0], now, found);
            await Task.WhenAll(others);
        }

        var signals = new List<DetectionSignal>();
        foreach (var list in found)
            signals.AddRange(list);
        return signals;
    }

    private void Prepare(IReadOnlyList<Post> posts, IReadOnlyList<WatchedTarget>[] targets, TargetMatcher matcher, int start, int end)
    {
        for (var i = start; i < end; i++)
            targets[i] = matcher.Match(posts[i]);
        foreach (var detector in _preparing)
            detector.Prepare(posts, targets, start, end);
    }

    private (int Start, int End) Range(int lane, int count) => (count * lane / _lanes, count * (lane + 1) / _lanes);

    private void ObserveLane(List<int> lane, IReadOnlyList<Post> posts, IReadOnlyList<WatchedTarget>[] targets)
    {
        foreach (var d in lane)
            Observe(d, posts, targets, prepared: true);
    }

    private void Observe(int d, IReadOnlyList<Post> posts, IReadOnlyList<WatchedTarget>[] targets, bool prepared)
    {
        var start = Stopwatch.GetTimestamp();
        var detector = detectors[d];
        if (prepared && detector is IPreparingDetector preparing)
        {
            for (var i = 0; i < posts.Count; i++)
                preparing.ObservePrepared(i, posts[i], targets[i]);
        }
        else
        {
            for (var i = 0; i < posts.Count; i++)
                detector.Observe(posts[i], targets[i]);
        }

        // An exponential average per post, so lanes follow the traffic's mix without jumping on one odd batch.
        var perPost = Stopwatch.GetElapsedTime(start).TotalMicroseconds / posts.Count;
        _cost[d] = _cost[d] == 0 ? perPost : (0.9 * _cost[d]) + (0.1 * perPost);
    }

    private void AdvanceLane(List<int> lane, DateTimeOffset now, IReadOnlyList<DetectionSignal>[] found)
    {
        foreach (var d in lane)
            found[d] = detectors[d].Advance(now);
    }

    // Longest processing time first: the costliest detector onto the least loaded lane, and so on.
    private List<List<int>> Assign()
    {
        var lanes = Enumerable.Range(0, _lanes).Select(_ => new List<int>()).ToList();
        var load = new double[_lanes];
        foreach (var d in Enumerable.Range(0, detectors.Count).OrderByDescending(d => _cost[d]).ThenBy(d => d))
        {
            var lane = Array.IndexOf(load, load.Min());
            lanes[lane].Add(d);
            load[lane] += _cost[d];
        }

        lanes.RemoveAll(lane => lane.Count == 0);
        return lanes;
    }
}
