using FactBot.Core.Detection.Statistics;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// Kleinberg's batched two-state burst automaton (KDD 2002, "enumerated" form). Bin t has d_t
/// posts, r_t of them relevant. State 0 emits at the usual share p0 = Σr/Σd, state 1 at p1 = min(s·p0, 0.9999); the
/// fit cost is σ(i, r, d) = −ln[C(d, r) p_i^r (1 − p_i)^(d − r)]; going up costs τ = γ·ln n (n bins), going down is
/// free. Viterbi finds the cheapest state sequence, starting from state 0.
/// </summary>
internal static class KleinbergBurst
{
    public const double MaxP1 = 0.9999;

    public static BurstResult Run(ReadOnlySpan<int> relevant, ReadOnlySpan<int> total, double s, double gamma)
    {
        if (relevant.Length != total.Length)
            throw new ArgumentException("relevant and total must have one value per bin.", nameof(relevant));

        var n = total.Length;
        long sumR = 0, sumD = 0;
        for (var t = 0; t < n; t++)
        {
            sumR += relevant[t];
            sumD += total[t];
        }

        if (n == 0 || sumR == 0 || sumD == 0)
            return BurstResult.None(n, 0, 0);

        var p0 = (double)sumR / sumD;
        var p1 = Math.Min(s * p0, MaxP1);
        if (p1 <= p0)
            return BurstResult.None(n, p0, p1);

        var tau = n > 1 ? gamma * Math.Log(n) : 0;
        var sigma0 = new double[n];
        var sigma1 = new double[n];
        for (var t = 0; t < n; t++)
        {
            sigma0[t] = -Binomial.LogPmf(relevant[t], total[t], p0);
            sigma1[t] = -Binomial.LogPmf(relevant[t], total[t], p1);
        }

        // from[t, j]: the state at t-1 on the cheapest path that is in state j at t.
        var from = new byte[n, 2];
        double cost0 = 0, cost1 = double.PositiveInfinity;
        for (var t = 0; t < n; t++)
        {
            var stay0 = cost0;
            var down = cost1;
            var next0 = Math.Min(stay0, down);
            from[t, 0] = down < stay0 ? (byte)1 : (byte)0;

            var up = cost0 + tau;
            var stay1 = cost1;
            var next1 = Math.Min(stay1, up);
            // Ties go to the later entry, so a burst does not start on an empty bin before the evidence.
            from[t, 1] = stay1 < up ? (byte)1 : (byte)0;

            cost0 = next0 + sigma0[t];
            cost1 = next1 + sigma1[t];
        }

        var states = new int[n];
        var state = cost1 < cost0 ? 1 : 0;
        for (var t = n - 1; t >= 0; t--)
        {
            states[t] = state;
            state = from[t, state];
        }

        if (states[n - 1] == 0)
            return new BurstResult(states, -1, 0, p0, p1);

        var start = n - 1;
        while (start > 0 && states[start - 1] == 1)
            start--;

        var weight = 0.0;
        for (var t = start; t < n; t++)
            weight += sigma0[t] - sigma1[t];

        return new BurstResult(states, start, weight, p0, p1);
    }
}
