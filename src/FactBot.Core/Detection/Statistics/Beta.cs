namespace FactBot.Core.Detection.Statistics;

/// <summary>The regularized incomplete beta function, behind the negative-binomial and Student-t tails.</summary>
internal static class Beta
{
    private const double Epsilon = 1e-15;
    private const double Tiny = 1e-300;
    private const int MaxIterations = 100_000;

    /// <summary>ln B(a, b) for a, b &gt; 0.</summary>
    public static double LogBeta(double a, double b) => Gamma.LogGamma(a) + Gamma.LogGamma(b) - Gamma.LogGamma(a + b);

    /// <summary>I_x(a, b) for a, b &gt; 0 and 0 ≤ x ≤ 1.</summary>
    public static double Regularized(double x, double a, double b)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(a);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(b);
        if (x <= 0)
            return 0;
        if (x >= 1)
            return 1;

        // The fraction converges fast below (a+1)/(a+b+2); above it the symmetry I_x(a,b) = 1 - I_{1-x}(b,a) is used.
        // Callers wanting a tiny upper tail ask for it directly (so it is computed on the accurate side, not as 1 - ~1).
        return x < (a + 1) / (a + b + 2)
            ? Math.Exp(LogFront(x, a, b)) * Fraction(x, a, b) / a
            : 1 - (Math.Exp(LogFront(x, a, b)) * Fraction(1 - x, b, a) / b);
    }

    private static double LogFront(double x, double a, double b) =>
        (a * Math.Log(x)) + (b * Math.Log(1 - x)) - LogBeta(a, b);

    // Modified Lentz evaluation of the continued fraction for I_x(a, b).
    private static double Fraction(double x, double a, double b)
    {
        var qab = a + b;
        var qap = a + 1;
        var qam = a - 1;
        var c = 1.0;
        var d = 1 - (qab * x / qap);
        if (Math.Abs(d) < Tiny)
            d = Tiny;
        d = 1 / d;
        var h = d;
        for (var m = 1; m < MaxIterations; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + (aa * d);
            if (Math.Abs(d) < Tiny)
                d = Tiny;
            c = 1 + (aa / c);
            if (Math.Abs(c) < Tiny)
                c = Tiny;
            d = 1 / d;
            h *= d * c;

            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + (aa * d);
            if (Math.Abs(d) < Tiny)
                d = Tiny;
            c = 1 + (aa / c);
            if (Math.Abs(c) < Tiny)
                c = Tiny;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
                break;
        }

        return h;
    }
}
