namespace FactBot.Core.Detection.Statistics;

/// <summary>
/// R's <c>quantile(x, p)</c> with its default type 7, computed the way R's <c>quantile.default</c> does (CooRTweet's
/// edge-weight threshold is one, so batch parity depends on the exact arithmetic), and the median as its p = 0.5.
/// The one quantile of FactBot: batch and streaming coordination and the state-media wave roles use it.
/// </summary>
internal static class Quantile
{
    /// <summary>
    /// The type-7 quantile: h = 1 + (n − 1)·p, then x[⌊h⌋] interpolated towards x[⌈h⌉] (1-based, sorted);
    /// NaN for no values (R gives NA). <paramref name="values"/> need not be sorted and is not modified.
    /// </summary>
    public static double Type7(ReadOnlySpan<double> values, double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        if (values.IsEmpty)
            return double.NaN;

        var sorted = values.ToArray();
        Array.Sort(sorted);
        var index = 1 + ((sorted.Length - 1) * p);
        var lo = Math.Floor(index);
        var hi = Math.Ceiling(index);
        var qs = sorted[(int)lo - 1];
        var upper = sorted[(int)hi - 1];

        // R interpolates only where index > lo and the neighbours differ, as (1 - h)·x_lo + h·x_hi.
        if (index > lo && upper != qs)
        {
            var h = index - lo;
            qs = ((1 - h) * qs) + (h * upper);
        }

        return qs;
    }

    /// <summary>Type 7 of whole numbers (edge weights, counts).</summary>
    public static double Type7(IEnumerable<int> values, double p) => Type7(values.Select(v => (double)v).ToArray(), p);

    /// <summary>The median (type 7 at 0.5: the middle value, or the mean of the two middle ones); NaN for none.</summary>
    public static double Median(ReadOnlySpan<double> values) => Type7(values, 0.5);

    /// <summary>The median of whole numbers; NaN for none.</summary>
    public static double Median(IEnumerable<int> values) => Type7(values, 0.5);
}
