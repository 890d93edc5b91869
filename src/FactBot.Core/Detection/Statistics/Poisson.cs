namespace FactBot.Core.Detection.Statistics;

/// <summary>The Poisson distribution with mean λ.</summary>
internal static class Poisson
{
    /// <summary>P(Y ≥ y | λ). 1 for y ≤ 0.</summary>
    public static double UpperTail(long y, double lambda)
    {
        if (y <= 0)
            return 1;
        if (lambda <= 0)
            return 0;

        // P(Y ≥ y) = P(y, λ), the lower regularized incomplete gamma: accurate even when the tail is tiny.
        return Gamma.RegularizedLower(y, lambda);
    }

    /// <summary>ln P(Y = y | λ).</summary>
    public static double LogPmf(long y, double lambda)
    {
        if (y < 0)
            return double.NegativeInfinity;
        if (lambda <= 0)
            return y == 0 ? 0 : double.NegativeInfinity;
        return (y * Math.Log(lambda)) - lambda - Gamma.LogGamma(y + 1.0);
    }
}
