using FactBot.Core.Detection.Statistics;
using FactBot.Core.Detection.Surge;

namespace FactBot.Core.Tests.Detection.Surge;

public sealed class OutlierWeightedMeanTests
{
    private static readonly double Cutoff7 = StudentT.Quantile(0.95, 5);

    [Fact]
    public void Compute_NoOutlier_IsThePlainMean()
    {
        int[] values = [20, 22, 19, 21, 23, 20, 18];

        var actual = OutlierWeightedMean.Compute(values, Cutoff7, 4);

        Assert.Equal(values.Average(), actual, 1e-12);
    }

    [Fact]
    public void Compute_OneOutlierDay_IsDownWeightedToNearTheOthers()
    {
        int[] values = [20, 22, 19, 21, 200, 20, 18];

        var actual = OutlierWeightedMean.Compute(values, Cutoff7, 4);

        Assert.InRange(actual, 19.0, 21.5); // the plain mean would be 45.7
    }

    [Fact]
    public void Compute_LowOutlier_IsNotDownWeighted()
    {
        // Only positive residuals are outliers: a quiet day is part of the normal range we expect.
        int[] values = [20, 22, 19, 21, 0, 20, 18];

        var actual = OutlierWeightedMean.Compute(values, Cutoff7, 4);

        Assert.Equal(values.Average(), actual, 1e-12);
    }

    [Fact]
    public void Compute_ZeroDecay_IsThePlainMean()
    {
        int[] values = [20, 22, 19, 21, 200, 20, 18];

        Assert.Equal(values.Average(), OutlierWeightedMean.Compute(values, Cutoff7, 0), 1e-12);
    }

    [Fact]
    public void Compute_AllOthersEqual_DropsTheExcessValue()
    {
        int[] values = [5, 5, 5, 5, 9];

        Assert.Equal(5, OutlierWeightedMean.Compute(values, 2.35, 4), 1e-12);
    }

    [Fact]
    public void Compute_TooFewValues_IsThePlainMean()
    {
        int[] values = [3, 40];

        Assert.Equal(21.5, OutlierWeightedMean.Compute(values, 2, 4), 1e-12);
        Assert.Equal(0, OutlierWeightedMean.Compute([], 2, 4));
    }
}
