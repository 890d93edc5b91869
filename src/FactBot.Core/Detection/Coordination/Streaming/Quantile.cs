namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>R's default quantile (type 7, linear interpolation), as CooRTweet uses for the edge-weight threshold.</summary>
internal static class Quantile
{
    public static double Type7(IReadOnlyList<int> sortedValues, double p)
    {
        if (sortedValues.Count == 0)
            return double.NaN;

        var h = (sortedValues.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sortedValues.Count - 1);
        return sortedValues[lo] + ((h - lo) * (sortedValues[hi] - sortedValues[lo]));
    }

    public static double Median(List<double> values)
    {
        if (values.Count == 0)
            return double.NaN;

        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
