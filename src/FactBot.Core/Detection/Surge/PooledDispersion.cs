namespace FactBot.Core.Detection.Surge;

/// <summary>
/// The negative-binomial size k pooled over a window of (count, expected) pairs by the method of moments:
/// with Var(Y) = μ + μ²/k, Σ(y − μ)² ≈ Σμ + Σμ²/k, so 1/k = (Σ(y − μ)² − Σμ) / Σμ². No excess variance → Poisson.
/// </summary>
internal static class PooledDispersion
{
    /// <summary>Fewer pairs of the current baseline kind than this, and all judged pairs are pooled instead.</summary>
    public const int MinSameKindPairs = 24;

    /// <summary>The NB size k, or null for Poisson (no excess variance, or fewer than two pairs).</summary>
    /// <remarks>
    /// Pairs judged against the same kind of baseline are preferred: cold-start expectations ignore the daily
    /// cycle, so their residuals overstate the noise a seasonal expectation has to live with.
    /// </remarks>
    public static double? Estimate(BinnedCounter series, long firstBin, long lastBin, BaselineKind kind)
    {
        series.SumResiduals(firstBin, lastBin, kind, out var same, out var all);
        return same.Pairs >= MinSameKindPairs ? same.Size : all.Size;
    }
}
