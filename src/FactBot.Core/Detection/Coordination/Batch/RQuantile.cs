namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>R's <c>quantile(x, p)</c> with the default type 7, computed the way R's <c>quantile.default</c> does.</summary>
internal static class RQuantile
{
    /// <summary>
    /// The type-7 quantile: h = 1 + (n − 1)·p, then x[⌊h⌋] interpolated towards x[⌈h⌉] (1-based, sorted);
    /// NaN for no values (R gives NA).
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
}
