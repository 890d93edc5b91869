using FactBot.Core.Alerts;
using FactBot.Core.Posts;

namespace FactBot.Core.Detection;

/// <summary>What work inside <see cref="DetectionEngine.CommitAsync{T}"/> may do with the detectors: it holds the
/// engine's gate and the store scope, so these calls are neither locked again nor committed on their own.</summary>
public sealed class DetectionStep
{
    private readonly DetectionEngine _engine;

    internal DetectionStep(DetectionEngine engine) => _engine = engine;

    /// <summary>The store sequence number of the last post the detectors observed.</summary>
    public long ObservedThrough => _engine.ObservedThrough;

    /// <summary>Shows the detectors newly stored posts, in store order; the last has sequence <paramref name="lastSequence"/>.</summary>
    public void Observe(IReadOnlyList<Post> posts, long lastSequence) => _engine.ObserveLocked(posts, lastSequence);

    /// <summary>Closes the bins ended by <paramref name="now"/>, journals the step, and applies the findings.</summary>
    public Task<IReadOnlyList<AlertChange>> AdvanceAsync(DateTimeOffset now, bool emit = true, CancellationToken ct = default) =>
        _engine.AdvanceLockedAsync(now, emit, journal: true, ct);
}
