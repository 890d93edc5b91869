using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.Surge;

/// <summary>A target's volume now and lately, for <c>/status</c>, digests and charts.</summary>
public sealed record SurgeStatus
{
    /// <summary>The target, as last watched.</summary>
    public required WatchTarget Target { get; init; }

    /// <summary>Width of one bin.</summary>
    public required TimeSpan BinSize { get; init; }

    /// <summary>
    /// The open bin judged so far: its count until now against the expectation for the whole bin. Provisional:
    /// <see cref="SurgeEvaluation.Fired"/> here means "would fire if the bin closed now".
    /// </summary>
    public required SurgeEvaluation Current { get; init; }

    /// <summary>The latest closed bin's evaluation, if any bin was judged yet.</summary>
    public SurgeEvaluation? LastEvaluation { get; init; }

    /// <summary>The closed bins before the open one, oldest first (up to 48).</summary>
    public required IReadOnlyList<SurgeBinPoint> Recent { get; init; }
}
