namespace FactBot.Core.Detection.Surge;

/// <summary>
/// The epitweetr reweighted mean (EU-ECDC/epitweetr ears_t_reweighted): each baseline value's externally
/// studentized residual r*_i = e_i / (σ_(i) √(1 − 1/n)) is compared with a t cut-off c; values above it get
/// weight (c / r*_i)^k, the others 1, and the weights are rescaled to sum to n. A past surge inside the baseline
/// therefore barely moves the expected count, while ordinary day-to-day noise is averaged as usual.
/// </summary>
internal static class OutlierWeightedMean
{
    private const int MemoSize = 32;

    /// <param name="values">The baseline values, n of them.</param>
    /// <param name="cutoff">c = t_{1−α_outlier, n−2}; ignored when n &lt; 3 (no residual can be studentized).</param>
    /// <param name="decay">The exponent k.</param>
    public static double Compute(ReadOnlySpan<int> values, double cutoff, double decay)
    {
        var n = values.Length;

        // All zero (a quiet target's usual baseline): the computation below gives exactly 0, so skip it.
        if (values.IndexOfAnyExcept(0) < 0)
            return 0;

        double sum = 0;
        foreach (var v in values)
            sum += v;
        var mean = sum / n;
        if (n < 3)
            return mean;

        double squares = 0;
        foreach (var v in values)
            squares += (v - mean) * (v - mean);

        // Leave-one-out variance without a second pass: Σ_{j≠i}(y_j − ȳ_(i))² = SS − n/(n−1)·e_i².
        var leverageScale = Math.Sqrt(1 - (1.0 / n));
        var roundoff = 1e-12 * (1 + squares);

        // A value's weight depends on the value alone, and counts repeat a lot (a quiet target's baseline is a few
        // small numbers): each distinct value above the mean is weighed once. The sums still run in order.
        Span<int> known = stackalloc int[MemoSize];
        Span<double> knownWeights = stackalloc double[MemoSize];
        var memo = 0;
        double weightSum = 0, weighted = 0;
        foreach (var v in values)
        {
            double weight = 1;
            if (v - mean > 0)
            {
                var at = known[..memo].IndexOf(v);
                if (at >= 0)
                {
                    weight = knownWeights[at];
                }
                else
                {
                    weight = Weigh(v, mean, squares, n, leverageScale, roundoff, cutoff, decay);
                    if (memo < MemoSize)
                        (known[memo], knownWeights[memo++]) = (v, weight);
                }
            }

            weightSum += weight;
            weighted += weight * v;
        }

        // Rescaling the weights to sum n makes the mean Σw·y / Σw.
        return weightSum > 0 ? weighted / weightSum : mean;
    }

    // The weight of a value above the mean.
    private static double Weigh(int v, double mean, double squares, int n, double leverageScale, double roundoff, double cutoff, double decay)
    {
        var e = v - mean;
        var others = squares - (n / (n - 1.0) * e * e);

        // All other values equal: any excess over them is an outlier of unbounded size.
        if (others <= roundoff)
            return 0;
        var studentized = e / (Math.Sqrt(others / (n - 2)) * leverageScale);
        return studentized > cutoff ? Math.Pow(cutoff / studentized, decay) : 1;
    }
}
