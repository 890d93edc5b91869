namespace FactBot.Core.Time;

/// <summary>
/// The replay clock: time moves only when the replay says so (to each post's creation time), so detectors and
/// the alert engine see exactly the times they would have seen live. It never goes backwards during a replay.
/// Timers and delays still run on real time; replay pacing uses a real clock for waiting.
/// </summary>
public sealed class VirtualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    /// <summary>
    /// Sets the clock to <paramref name="time"/>, backwards too. Only for starting a new replay in a session whose
    /// clock already moved (the interactive console); never during one.
    /// </summary>
    public void Reset(DateTimeOffset time) => Interlocked.Exchange(ref _utcTicks, time.UtcTicks);

    /// <summary>Moves the clock forward to <paramref name="time"/>; earlier times are ignored.</summary>
    public void AdvanceTo(DateTimeOffset time)
    {
        var target = time.UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _utcTicks);
            if (target <= current)
                return;
        }
        while (Interlocked.CompareExchange(ref _utcTicks, target, current) != current);
    }
}
