namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>Everything a batch run found: the co-shares, their network and the headline numbers.</summary>
public sealed record BatchCoordinationResult(CoSharePairSet Pairs, CoordinationNetwork Network)
{
    /// <summary>The headline numbers.</summary>
    public CoordinationSummary Summary => CoordinationSummary.Of(this);
}
