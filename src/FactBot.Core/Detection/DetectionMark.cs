namespace FactBot.Core.Detection;

/// <summary>
/// One step of the detectors' clock, as it happened: after the post with store sequence
/// <paramref name="AfterSequence"/> had been observed, the detectors advanced to <paramref name="At"/>. Replaying the
/// stored posts with these marks rebuilds the detectors exactly as they were.
/// </summary>
public sealed record DetectionMark(long AfterSequence, DateTimeOffset At);
