using System.Diagnostics;

namespace FactBot.Benchmarks.Streaming;

/// <summary>Time and managed allocations (all threads) of one stage, summed over calls (timestamps chained stage to stage).</summary>
internal sealed class Stage
{
    private long _ticks;
    private long _allocated;

    public TimeSpan Time => Stopwatch.GetElapsedTime(0, _ticks);

    public long AllocatedBytes => _allocated;

    public long Calls { get; private set; }

    // Process-wide (the detectors' lanes allocate on other threads, and an await may resume on another thread);
    // the cheap, imprecise count is exact to a few kilobytes, which is nothing over a whole run.
    public static (long Timestamp, long Allocated) Mark() => (Stopwatch.GetTimestamp(), GC.GetTotalAllocatedBytes(precise: false));

    /// <summary>Adds the time and allocations since <paramref name="from"/>, and returns now as the next stage's start.</summary>
    public (long Timestamp, long Allocated) Add((long Timestamp, long Allocated) from)
    {
        var now = Mark();
        _ticks += now.Timestamp - from.Timestamp;
        _allocated += now.Allocated - from.Allocated;
        Calls++;
        return now;
    }
}
