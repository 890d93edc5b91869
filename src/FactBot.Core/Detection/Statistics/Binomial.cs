namespace FactBot.Core.Detection.Statistics;

/// <summary>
/// The binomial distribution B(n, p): the fit cost of Kleinberg's batched burst automaton is its log pmf, and a burst's
/// labelled count is judged by its upper tail.
/// </summary>
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

    /// <summary>
    /// P(R ≥ r | n, p), for judging a high count. Summed from r upward while the terms matter; at or below the mean the
    /// tail is about a half or more, and 1 is returned without summing.
    /// </summary>
    public static double UpperTail(long r, long n, double p)
    {
        if (r <= 0)
            return 1;
        if (r > n || p <= 0)
            return 0;
        if (r <= n * p || p >= 1)
            return 1;

        // Above the mean the terms only fall: each is the last times (n − k)/(k + 1) · p/(1 − p).
        var term = Math.Exp(LogPmf(r, n, p));
        var sum = term;
        var odds = p / (1 - p);
        for (var k = r; k < n && term > sum * 1e-12; k++)
        {
            term *= (n - k) / (k + 1.0) * odds;
            sum += term;
        }

        return Math.Min(1, sum);
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
