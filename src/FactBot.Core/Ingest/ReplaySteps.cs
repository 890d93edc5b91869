using FactBot.Core.Sources;
using FactBot.Core.Time;

namespace FactBot.Core.Ingest;

/// <summary>
/// A replay's clock: moved to each post's creation time, with a detector step due whenever it crosses a multiple of
/// the step size. Resumed from the checkpoint (its virtual time and next step), so a replay killed and started again
/// steps exactly where the first run would have.
/// </summary>
internal sealed class ReplaySteps
{
    private readonly VirtualTimeProvider _clock;
    private readonly TimeSpan _every;

    public ReplaySteps(VirtualTimeProvider clock, TimeSpan every, SourceCheckpoint? resumed)
    {
        _clock = clock;
        _every = every;
        if (resumed is null)
            return;
        clock.AdvanceTo(resumed.UpdatedAt);
        NextAdvance = resumed.NextAdvance;
    }

    /// <summary>The virtual time at which the detectors step next; null before the replay's first post.</summary>
    public DateTimeOffset? NextAdvance { get; private set; }

    /// <summary>Moves the clock to a post's time; returns the time to step the detectors to before that post, if due.</summary>
    public DateTimeOffset? Before(DateTimeOffset postTime)
    {
        _clock.AdvanceTo(postTime);
        var now = _clock.GetUtcNow();
        if (NextAdvance is { } next && now < next)
            return null;
        var due = NextAdvance is null ? (DateTimeOffset?)null : now;
        NextAdvance = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % _every.Ticks), TimeSpan.Zero) + _every;
        return due;
    }
}
