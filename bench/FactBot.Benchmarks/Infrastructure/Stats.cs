using System.Globalization;

namespace FactBot.Benchmarks.Infrastructure;

internal static class Stats
{
    public static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>"0.183 s" or "42.1 ms".</summary>
    public static string Format(TimeSpan t) => t.TotalSeconds >= 1
        ? t.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s"
        : t.TotalMilliseconds.ToString(t.TotalMilliseconds >= 100 ? "F0" : "F1", CultureInfo.InvariantCulture) + " ms";

    /// <summary>"median (min–max)", or "n/a" for no values.</summary>
    public static string Spread(IReadOnlyCollection<TimeSpan> values) =>
        values.Count == 0 ? "n/a" : $"{Format(Median(values))} ({Format(values.Min())}–{Format(values.Max())})";
}
