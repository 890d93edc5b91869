using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection;

/// <summary>
/// One entry of the detectors' history, as it happened: after the post with store sequence
/// <paramref name="AfterSequence"/> had been observed, the detectors advanced to <paramref name="At"/> — or, when
/// <see cref="Watchlists"/> is set, were given these watchlists (<paramref name="At"/> is then the clock of the step
/// before). Replaying the stored posts with these marks, in append order, rebuilds the detectors exactly as they were.
/// </summary>
public sealed record DetectionMark(long AfterSequence, DateTimeOffset At)
{
    /// <summary>The watchlists in force from here on; null for a clock step.</summary>
    public IReadOnlyList<Watchlist>? Watchlists { get; init; }

    /// <summary>Whether this mark is a clock step (not a watchlist change).</summary>
    public bool IsStep => Watchlists is null;
}
