using FactBot.Core.Alerts;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection;

/// <summary>
/// A streaming detector. Fed each newly stored post with the watched targets it matches, and advanced by the
/// clock (live: the bin-close job; replay: the virtual clock), so replay at any speed gives the live result.
/// Memory is bounded by the detector's windows. Not thread-safe: the ingest pipeline calls it from one loop.
/// </summary>
public interface IDetector
{
    string Name { get; }

    void Observe(Post post, IReadOnlyList<WatchedTarget> targets);

    /// <summary>Closes every bin that ended at or before <paramref name="now"/> and returns what it found.</summary>
    IReadOnlyList<DetectionSignal> Advance(DateTimeOffset now);

    /// <summary>Tells the detector which targets are watched now (for Bonferroni and to drop state of removed ones).</summary>
    void SetWatched(IReadOnlyCollection<WatchedTarget> watched);
}
