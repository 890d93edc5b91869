using System.Globalization;

namespace FactBot.Benchmarks.Commands;

/// <summary>What one <see cref="LatencyCase"/> measured, in milliseconds.</summary>
internal sealed record LatencyResult(LatencyCase Case, double P50, double P95, double P99, double Max, IReadOnlyList<string> Failures, int Charts, string Example)
{
    public static string Ms(double value) => value.ToString(value >= 100 ? "F0" : "F2", CultureInfo.InvariantCulture);
}
