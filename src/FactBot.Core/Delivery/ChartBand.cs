using FactBot.Core.Detection.Statistics;

namespace FactBot.Core.Delivery;

/// <summary>
/// The usual range of a bin's count: the central 95% interval of the negative binomial the surge test uses
/// (Poisson when the counts are not over-dispersed). Quantiles rather than mean ± 2·sd, because small counts are
/// skewed: with an expectation of 2, "2 ± 2.8" would reach below zero while zero posts is quite usual.
/// </summary>
internal static class ChartBand
{
    /// <summary>Share of bins expected inside the band.</summary>
    public const double Coverage = 0.95;

    private const double Tail = (1 - Coverage) / 2;
    private const long Ceiling = 1L << 40;

    /// <summary>The band for a bin expected to hold <paramref name="mean"/> posts.</summary>
    /// <param name="mean">Expected count.</param>
    /// <param name="size">Negative-binomial size k; null means Poisson.</param>
    public static (double Low, double High) Of(double mean, double? size)
    {
        if (!(mean > 0) || double.IsInfinity(mean))
            return (0, 0);
        var k = size is > 0 ? size.Value : double.PositiveInfinity;

        // High: the smallest y with P(Y > y) ≤ tail. Low: the largest y with P(Y < y) ≤ tail.
        var high = Smallest(y => NegativeBinomial.UpperTail(y + 1, mean, k) <= Tail, (long)Math.Ceiling(mean));
        var low = Smallest(y => NegativeBinomial.UpperTail(y + 1, mean, k) < 1 - Tail, 0);
        return (Math.Min(low, high), high);
    }

    /// <summary>The smallest y ≥ 0 where a monotone condition holds, searching up from a hint by doubling, then bisecting.</summary>
    private static long Smallest(Func<long, bool> holds, long hint)
    {
        var hi = Math.Max(1, hint);
        while (!holds(hi) && hi < Ceiling)
            hi *= 2;
        var lo = 0L;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (holds(mid))
                hi = mid;
            else
                lo = mid + 1;
        }

        return lo;
    }
}
