namespace FactBot.Core.Detection.Surge;

/// <summary>
/// The negative-binomial size k pooled over a window of (count, expected) pairs by the method of moments:
/// with Var(Y) = μ + μ²/k, Σ(y − μ)² ≈ Σμ + Σμ²/k, so 1/k = (Σ(y − μ)² − Σμ) / Σμ². No excess variance → Poisson.
/// </summary>
internal static class PooledDispersion
{
    /// <summary>Fewer pairs of the current baseline kind than this, and all evaluated pairs are pooled instead.</summary>
    public const int MinSameKindPairs = 24;

    /// <summary>The NB size k, or null for Poisson (no excess variance, or fewer than two pairs).</summary>
    /// <remarks>
    /// Pairs judged against the same kind of baseline are preferred: cold-start expectations ignore the daily
    /// cycle, so their residuals overstate the noise a seasonal expectation has to live with.
    /// </remarks>
    public static double? Estimate(BinnedCounter series, long firstBin, long lastBin, BaselineKind kind)
    {
        var same = Accumulate(series, firstBin, lastBin, kind);
        return same.Pairs >= MinSameKindPairs ? same.Size : Accumulate(series, firstBin, lastBin, null).Size;
    }

    private static Sums Accumulate(BinnedCounter series, long firstBin, long lastBin, BaselineKind? kind)
    {
        var sums = default(Sums);
        for (var bin = firstBin; bin <= lastBin; bin++)
        {
            var binKind = series.KindAt(bin);
            if (binKind is null || (kind is not null && binKind != kind))
                continue;
            var expected = series.ExpectedAt(bin)!.Value;
            var residual = series.CountAt(bin) - expected;
            sums.Pairs++;
            sums.Squares += residual * residual;
            sums.Mean += expected;
            sums.MeanSquares += expected * expected;
        }

        return sums;
    }

    private struct Sums
    {
        public int Pairs;
        public double Squares;
        public double Mean;
        public double MeanSquares;

        public readonly double? Size
        {
            get
            {
                if (Pairs < 2 || MeanSquares <= 0)
                    return null;
                var excess = Squares - Mean;
                return excess <= 0 ? null : MeanSquares / excess;
            }
        }
    }
}
