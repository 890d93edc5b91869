using FactBot.Core.Posts;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection;

/// <summary>
/// One batch as the lanes share it. The batch is cut into chunks; a chunk is prepared once (targets matched, the
/// preparing detectors' per-post work done) before any detector observes it, and each detector observes the chunks
/// in order. Every lane runs <see cref="Run"/>: it takes the costliest detector nobody holds and feeds it prepared
/// chunks, preparing the next chunk itself whenever its detector is waiting for one. So preparing overlaps observing,
/// no lane waits at a barrier between the two, and a lane that starts late simply does less.
/// </summary>
internal sealed class LaneBatch(DetectorLanes lanes, IReadOnlyList<Post> posts, IReadOnlyList<WatchedTarget>[] targets, TargetMatcher matcher, int[] order)
{
    // Small enough that a lane seldom waits for a chunk another is preparing, large enough to keep the hand-offs cheap.
    private const int ChunkPosts = 32;

    private readonly int _chunks = (posts.Count + ChunkPosts - 1) / ChunkPosts;
    private readonly int[] _prepared = new int[(posts.Count + ChunkPosts - 1) / ChunkPosts];
    private readonly int[] _next = new int[order.Length];
    private readonly int[] _held = new int[order.Length];
    private int _nextToPrepare = -1;
    private volatile bool _failed;

    /// <summary>One lane's share of the batch: returns when nothing is left that this lane could take.</summary>
    public void Run()
    {
        try
        {
            RunLoop();
        }
        catch
        {
            // The other lanes may be waiting for a chunk this lane was preparing: let them stop too.
            _failed = true;
            throw;
        }
    }

    private void RunLoop()
    {
        var held = -1;
        var spin = default(SpinWait);
        while (!_failed)
        {
            if (held < 0)
                held = Claim();
            if (held >= 0)
            {
                var chunk = _next[held];
                if (chunk == _chunks)
                {
                    held = -1; // done with this batch; it stays held, so no other lane takes it
                    continue;
                }

                if (Volatile.Read(ref _prepared[chunk]) != 0)
                {
                    var (start, end) = Range(chunk);
                    lanes.ObserveRange(held, posts, targets, start, end);
                    _next[held] = chunk + 1;
                    spin = default;
                    continue;
                }
            }

            if (PrepareNext())
            {
                spin = default;
                continue;
            }

            if (held < 0)
                return;

            // The chunk this lane's detector needs is being prepared by another lane: microseconds away.
            spin.SpinOnce(sleep1Threshold: -1);
        }
    }

    private int Claim()
    {
        foreach (var d in order)
        {
            if (Interlocked.CompareExchange(ref _held[d], 1, 0) == 0)
                return d;
        }

        return -1;
    }

    private bool PrepareNext()
    {
        // Read first: a lane spinning for a chunk must not keep writing the shared counter.
        if (Volatile.Read(ref _nextToPrepare) >= _chunks - 1)
            return false;
        var chunk = Interlocked.Increment(ref _nextToPrepare);
        if (chunk >= _chunks)
            return false;
        var (start, end) = Range(chunk);
        lanes.PrepareRange(posts, targets, matcher, start, end);
        Volatile.Write(ref _prepared[chunk], 1);
        return true;
    }

    private (int Start, int End) Range(int chunk) => (chunk * ChunkPosts, Math.Min(posts.Count, (chunk + 1) * ChunkPosts));
}
