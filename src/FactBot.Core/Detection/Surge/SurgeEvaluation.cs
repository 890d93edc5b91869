namespace FactBot.Core.Detection.Surge;

/// <summary>
/// One bin of one series judged by the surge test, with every number behind the verdict, so alerts,
/// <c>/status</c> and <c>/explain</c> show them instead of recomputing.
/// </summary>
public sealed record SurgeEvaluation
{
    /// <summary>Start of the bin (UTC).</summary>
    public required DateTimeOffset WindowStart { get; init; }

    /// <summary>End of the bin (UTC, exclusive).</summary>
    public required DateTimeOffset WindowEnd { get; init; }

    /// <summary>Posts counted in the bin.</summary>
    public required int Count { get; init; }

    /// <summary>Expected count, never below 0.5 (an empty history must not make one post "infinitely improbable").</summary>
    public required double Expected { get; init; }

    /// <summary>Count / expected.</summary>
    public required double Ratio { get; init; }

    /// <summary>P(Y ≥ count) under the negative binomial (or Poisson) with mean <see cref="Expected"/>.</summary>
    public required double P { get; init; }

    /// <summary>The level this series is tested at: family α / M.</summary>
    public required double AlphaPerSeries { get; init; }

    /// <summary>The family-wise α before the Bonferroni split.</summary>
    public required double FamilyAlpha { get; init; }

    /// <summary>M, the number of watched series the family α was split over.</summary>
    public required int WatchedSeries { get; init; }

    /// <summary>Negative-binomial size k pooled over recent bins; null when the counts are not over-dispersed (Poisson),
    /// and for an empty bin (p is 1 whatever k is, so it is not computed).</summary>
    public double? Dispersion { get; init; }

    /// <summary>Which baseline produced <see cref="Expected"/>.</summary>
    public required BaselineKind Baseline { get; init; }

    /// <summary>How many past bins the baseline averaged.</summary>
    public required int BaselinePoints { get; init; }

    /// <summary>The minimum count that applied.</summary>
    public required int Floor { get; init; }

    /// <summary>The minimum ratio that applied.</summary>
    public required double MinRatio { get; init; }

    /// <summary>p &lt; α/M, count ≥ floor, ratio ≥ minimum ratio, and enough baseline to judge.</summary>
    public required bool Fired { get; init; }

    /// <summary>"seasonal" or "cold-start".</summary>
    public string BaselineName => Baseline == BaselineKind.Seasonal ? "seasonal" : "cold-start";
}
