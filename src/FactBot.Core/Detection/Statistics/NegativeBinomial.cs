namespace FactBot.Core.Detection.Statistics;

/// <summary>
/// The negative binomial in the (mean μ, size k) form used for over-dispersed counts: Var = μ + μ²/k.
/// As k grows it tends to Poisson(μ); an infinite k means exactly Poisson.
/// </summary>
internal static class NegativeBinomial
{
    /// <summary>Beyond this size the NB is Poisson to many digits, and the beta form would only lose precision.</summary>
    public const double PoissonSize = 1e8;

    /// <summary>P(Y ≥ y) under NB(μ, k). 1 for y ≤ 0.</summary>
    public static double UpperTail(long y, double mean, double size)
    {
        if (y <= 0)
            return 1;
        if (mean <= 0)
            return 0;
        if (double.IsPositiveInfinity(size) || size >= PoissonSize)
            return Poisson.UpperTail(y, mean);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);

        // P(Y ≤ y-1) = I_p(k, y) with p = k/(k+μ), so P(Y ≥ y) = I_{1-p}(y, k): asked for directly, so a tiny
        // tail is computed on the accurate side of the beta function.
        var q = mean / (mean + size);
        return Beta.Regularized(q, y, size);
    }

    /// <summary>ln P(Y = y) under NB(μ, k).</summary>
    public static double LogPmf(long y, double mean, double size)
    {
        if (double.IsPositiveInfinity(size) || size >= PoissonSize)
            return Poisson.LogPmf(y, mean);
        if (y < 0)
            return double.NegativeInfinity;
        if (mean <= 0)
            return y == 0 ? 0 : double.NegativeInfinity;

        var total = mean + size;
        return Gamma.LogGamma(y + size) - Gamma.LogGamma(size) - Gamma.LogGamma(y + 1.0)
            + (size * Math.Log(size / total)) + (y * Math.Log(mean / total));
    }
}
