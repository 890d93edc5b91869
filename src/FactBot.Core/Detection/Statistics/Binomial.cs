namespace FactBot.Core.Detection.Statistics;

/// <summary>The binomial distribution B(n, p): the fit cost of Kleinberg's batched burst automaton is its log pmf.</summary>
internal static class Binomial
{
    /// <summary>ln P(R = r | n, p) = ln C(n, r) + r ln p + (n − r) ln(1 − p).</summary>
    public static double LogPmf(long r, long n, double p)
    {
        if (n < 0 || r < 0 || r > n || p < 0 || p > 1 || double.IsNaN(p))
            return double.NegativeInfinity;

        // 0·ln 0 = 0: with p = 0 only r = 0 is possible, with p = 1 only r = n.
        if (p == 0)
            return r == 0 ? 0 : double.NegativeInfinity;
        if (p == 1)
            return r == n ? 0 : double.NegativeInfinity;

        return LogChoose(n, r) + (r * Math.Log(p)) + ((n - r) * Math.Log(1 - p));
    }

    /// <summary>ln C(n, r) for 0 ≤ r ≤ n.</summary>
    public static double LogChoose(long n, long r)
    {
        if (r < 0 || r > n)
            return double.NegativeInfinity;
        if (r == 0 || r == n)
            return 0;
        return Gamma.LogGamma(n + 1.0) - Gamma.LogGamma(r + 1.0) - Gamma.LogGamma(n - r + 1.0);
    }
}
