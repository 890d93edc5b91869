namespace FactBot.Core.Tests.Detection.Statistics;

internal static class Approx
{
    /// <summary>Asserts |actual − expected| ≤ relative·|expected| (or ≤ relative when expected is 0).</summary>
    public static void Equal(double expected, double actual, double relative)
    {
        var tolerance = relative * Math.Max(Math.Abs(expected), expected == 0 ? 1 : 0);
        Assert.True(
            Math.Abs(actual - expected) <= tolerance,
            $"Expected {expected:R} ± {tolerance:R}, got {actual:R}.");
    }
}
