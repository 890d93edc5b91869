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

    [Fact]
    public void Compute_ManyBaselinesWithRepeatedCounts_EqualsTheFormulaToTheLastBit()
    {
        var random = new Random(7);
        for (var round = 0; round < 2_000; round++)
        {
            var values = Enumerable.Range(0, 3 + random.Next(30)).Select(_ => random.Next(4) == 0 ? random.Next(200) : random.Next(5)).ToArray();
            var cutoff = StudentT.Quantile(0.95, values.Length - 2);

            var actual = OutlierWeightedMean.Compute(values, cutoff, 4);

            Assert.Equal(BitConverter.DoubleToInt64Bits(Reference(values, cutoff, 4)), BitConverter.DoubleToInt64Bits(actual));
        }
    }

    // The reweighted mean written out plainly, every value weighed on its own.
    private static double Reference(int[] values, double cutoff, double decay)
    {
        var n = values.Length;
        double sum = 0;
        foreach (var v in values)
            sum += v;
        var mean = sum / n;
        double squares = 0;
        foreach (var v in values)
            squares += (v - mean) * (v - mean);
        var leverageScale = Math.Sqrt(1 - (1.0 / n));
        var roundoff = 1e-12 * (1 + squares);
        double weightSum = 0, weighted = 0;
        foreach (var v in values)
        {
            var e = v - mean;
            var others = squares - (n / (n - 1.0) * e * e);
            double weight = 1;
            if (e > 0)
            {
                if (others <= roundoff)
                {
                    weight = 0;
                }
                else
                {
                    var studentized = e / (Math.Sqrt(others / (n - 2)) * leverageScale);
                    if (studentized > cutoff)
                        weight = Math.Pow(cutoff / studentized, decay);
                }
            }

            weightSum += weight;
            weighted += weight * v;
        }

        return weightSum > 0 ? weighted / weightSum : mean;
    }
}
