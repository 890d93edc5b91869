namespace FactBot.Core.Detection.Statistics;

/// <summary>Log-gamma and the regularized incomplete gamma functions, from which the Poisson tail follows.</summary>
internal static class Gamma
{
    private const double Epsilon = 1e-15;
    private const double Tiny = 1e-300;
    private const int MaxIterations = 100_000;

    // Lanczos approximation, g = 7, nine coefficients: ~15 significant digits for every positive argument.
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    private static readonly double HalfLogTwoPi = 0.5 * Math.Log(2 * Math.PI);

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(x);
        if (x < 0.5)
        {
            // Reflection keeps the approximation in the range where it is accurate.
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }

        x -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
            sum += Lanczos[i] / (x + i);
        var t = x + 7.5;
        return HalfLogTwoPi + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>Lower regularized incomplete gamma P(a, x) = γ(a, x) / Γ(a), for a &gt; 0, x ≥ 0.</summary>
    public static double RegularizedLower(double a, double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(a);
        if (x <= 0)
            return 0;

        // The series is accurate (even for tiny results) below a + 1; above it the continued fraction for Q converges fast
        // and P is then close to 1, so 1 - Q loses nothing that matters.
        return x < a + 1 ? LowerSeries(a, x) : 1 - UpperFraction(a, x);
    }

    /// <summary>Upper regularized incomplete gamma Q(a, x) = 1 - P(a, x), for a &gt; 0, x ≥ 0.</summary>
    public static double RegularizedUpper(double a, double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(a);
        if (x <= 0)
            return 1;
        return x < a + 1 ? 1 - LowerSeries(a, x) : UpperFraction(a, x);
    }

    private static double LogPrefix(double a, double x) => (a * Math.Log(x)) - x - LogGamma(a);

    private static double LowerSeries(double a, double x)
    {
        var term = 1 / a;
        var sum = term;
        var ap = a;
        for (var i = 0; i < MaxIterations; i++)
        {
            ap += 1;
            term *= x / ap;
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * Epsilon)
                break;
        }

        return Math.Min(1, sum * Math.Exp(LogPrefix(a, x)));
    }

    // Modified Lentz evaluation of the continued fraction for Q(a, x).
    private static double UpperFraction(double a, double x)
    {
        var b = x + 1 - a;
        var c = 1 / Tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < MaxIterations; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = (an * d) + b;
            if (Math.Abs(d) < Tiny)
                d = Tiny;
            c = b + (an / c);
            if (Math.Abs(c) < Tiny)
                c = Tiny;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
                break;
        }

        return Math.Min(1, Math.Exp(LogPrefix(a, x)) * h);
    }
}
