namespace FactBot.Core.Watchlists;

/// <summary>Per-watchlist overrides of the detector defaults; null means "use the default".</summary>
public sealed record DetectorThresholds
{
    /// <summary>Minimum posts in a bin before a volume surge can fire.</summary>
    public int? Floor { get; init; }

    /// <summary>Minimum count / expected ratio.</summary>
    public double? MinRatio { get; init; }

    /// <summary>Family-wise false-alarm rate, split over the watched series (Bonferroni).</summary>
    public double? FamilyAlpha { get; init; }

    public static DetectorThresholds None { get; } = new();
}
