namespace FactBot.Core.Detection.Statistics;

/// <summary>Student's t distribution with ν degrees of freedom (ν &gt; 0, not necessarily whole).</summary>
internal static class StudentT
{
    private const int MaxBisections = 400;

    /// <summary>P(T ≤ t).</summary>
    public static double Cdf(double t, double degreesOfFreedom)
    {
        var tail = UpperTailOfAbs(t, degreesOfFreedom);
        return t >= 0 ? 1 - tail : tail;
    }

    /// <summary>The t with P(T ≤ t) = p, for 0 &lt; p &lt; 1.</summary>
    public static double Quantile(double p, double degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        if (p <= 0 || p >= 1)
            throw new ArgumentOutOfRangeException(nameof(p), p, "The probability must be strictly between 0 and 1.");
        if (p == 0.5)
            return 0;
        if (p < 0.5)
            return -Quantile(1 - p, degreesOfFreedom);

        // Bisection on the upper tail (monotone, no derivative needed): compares tails, not CDFs near 1, to keep precision.
        var target = 1 - p;
        double lo = 0, hi = 1;
        while (UpperTailOfAbs(hi, degreesOfFreedom) > target && hi < 1e300)
        {
            lo = hi;
            hi *= 2;
        }

        for (var i = 0; i < MaxBisections && hi - lo > 1e-13 * Math.Max(1, hi); i++)
        {
            var mid = 0.5 * (lo + hi);
            if (UpperTailOfAbs(mid, degreesOfFreedom) > target)
                lo = mid;
            else
                hi = mid;
        }

        return 0.5 * (lo + hi);
    }

    // P(T > |t|) = ½ I_{ν/(ν+t²)}(ν/2, ½).
    private static double UpperTailOfAbs(double t, double degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        if (double.IsInfinity(t))
            return 0;
        var x = degreesOfFreedom / (degreesOfFreedom + (t * t));
        return 0.5 * Beta.Regularized(x, 0.5 * degreesOfFreedom, 0.5);
    }
}
