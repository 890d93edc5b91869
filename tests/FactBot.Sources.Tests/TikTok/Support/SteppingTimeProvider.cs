using Microsoft.Extensions.Time.Testing;

namespace FactBot.Sources.Tests.TikTok.Support;

/// <summary>
/// A fake clock on which every timed wait ends at once: creating a timer moves the clock by its due time. Code
/// under test waits through the injected TimeProvider, so tests never sleep, and <see cref="Waits"/> records
/// exactly which waits it asked for.
/// </summary>
internal sealed class SteppingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly List<TimeSpan> _waits = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_gate)
                return [.. _waits];
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_gate)
                _waits.Add(dueTime);
            // After the caller has its timer: advancing inside CreateTimer could fire it half-built.
            ThreadPool.QueueUserWorkItem(_ => Advance(dueTime));
        }

        return timer;
    }
}
