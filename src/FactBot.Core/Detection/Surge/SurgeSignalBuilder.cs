using System.Globalization;
using FactBot.Core.Alerts;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.Surge;

/// <summary>Turns a firing evaluation into the signal the alert engine stores: numbers, evidence, words.</summary>
internal static class SurgeSignalBuilder
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static DetectionSignal Build(
        WatchedTarget entry, SurgeEvaluation evaluation, AlertEvidence? evidence, SurgeOptions options, IReadOnlyList<string>? audience = null) => new()
    {
        Kind = AlertKind.VolumeSurge,
        Target = entry.Target,
        Watchlist = entry.Watchlist,
        Audience = audience,
        WindowStart = evaluation.WindowStart,
        WindowEnd = evaluation.WindowEnd,
        Severity = SeverityOf(evaluation),
        Confidence = ConfidenceOf(evaluation),
        Numbers = Numbers(evaluation, options),
        Evidence = evidence ?? AlertEvidence.Empty,
        Explanation = Explain(entry.Target, evaluation, options),
    };

    /// <summary>High for a big and very clear surge (×5 and p a hundred times below α/M); otherwise Medium. Never Low.</summary>
    public static Severity SeverityOf(SurgeEvaluation evaluation) =>
        evaluation.Ratio >= 5 && evaluation.P < evaluation.AlphaPerSeries / 100 ? Severity.High : Severity.Medium;

    /// <summary>
    /// 0.5 when p is just below α/M, rising towards 1 with each order of magnitude below it (0.75 at two orders,
    /// 0.875 at six): monotone, bounded, and readable as "how clear is it".
    /// </summary>
    public static double ConfidenceOf(SurgeEvaluation evaluation)
    {
        // In logs, so an underflowed p (0) stays finite.
        var orders = Math.Max(0, Math.Log10(evaluation.AlphaPerSeries) - Math.Log10(Math.Max(evaluation.P, 1e-300)));
        return 0.5 + (0.5 * orders / (orders + 2));
    }

    public static Dictionary<string, double> Numbers(SurgeEvaluation evaluation, SurgeOptions options)
    {
        var binMinutes = options.BinSize.TotalMinutes;
        var coldStart = evaluation.Baseline == BaselineKind.ColdStart;
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["count"] = evaluation.Count,
            ["expected"] = evaluation.Expected,
            ["ratio"] = evaluation.Ratio,
            ["p"] = evaluation.P,
            ["alpha"] = evaluation.AlphaPerSeries,
            ["family_alpha"] = evaluation.FamilyAlpha,
            ["watched_series"] = evaluation.WatchedSeries,

            // 0 stands for "Poisson" (no over-dispersion): infinity does not survive JSON.
            ["dispersion"] = evaluation.Dispersion ?? 0,
            ["floor"] = evaluation.Floor,
            ["min_ratio"] = evaluation.MinRatio,

            // Seasonal: the configured days; cold start: the span the previous-bins baseline covered.
            ["baseline_days"] = coldStart ? evaluation.BaselinePoints * binMinutes / (24 * 60) : options.BaselineDays,
            ["baseline_points"] = evaluation.BaselinePoints,
            ["cold_start"] = coldStart ? 1 : 0,
            ["bin_minutes"] = binMinutes,
        };
    }

    /// <summary>E.g. "#donbas: 143 posts in the hour to 14:00 UTC, ×6.2 the usual 23 for this hour (p = 3.1e-9 &lt; 1.0e-4)."</summary>
    public static string Explain(WatchTarget target, SurgeEvaluation evaluation, SurgeOptions options)
    {
        var bin = options.BinSize;
        var posts = evaluation.Count == 1 ? "post" : "posts";
        var baseline = evaluation.Baseline == BaselineKind.Seasonal
            ? $"the usual {Amount(evaluation.Expected)} {ForThisBin(bin)}"
            : $"the recent average of {Amount(evaluation.Expected)} {PerBin(bin)}";
        var history = evaluation.Baseline == BaselineKind.Seasonal
            ? ""
            : $"; under {options.BaselineDays} days of history";
        return string.Create(
            Invariant,
            $"{target.Key}: {evaluation.Count} {posts} {InTheBin(bin, evaluation.WindowEnd)}, ×{evaluation.Ratio:0.0} {baseline} ({Probability(evaluation)}{history}).");
    }

    private static string InTheBin(TimeSpan bin, DateTimeOffset end)
    {
        var at = end.UtcDateTime.ToString(bin >= TimeSpan.FromDays(1) ? "yyyy-MM-dd HH:mm" : "HH:mm", Invariant);
        return $"in the {Span(bin)} to {at} UTC";
    }

    private static string ForThisBin(TimeSpan bin) =>
        bin == TimeSpan.FromHours(1) ? "for this hour"
        : bin == TimeSpan.FromDays(1) ? "a day"
        : "for this time of day";

    private static string PerBin(TimeSpan bin) => bin == TimeSpan.FromDays(1) ? "per day" : "per " + Span(bin);

    private static string Span(TimeSpan bin) =>
        bin == TimeSpan.FromHours(1) ? "hour"
        : bin == TimeSpan.FromDays(1) ? "24 hours"
        : bin.TotalMinutes < 60 || bin.Minutes != 0 ? string.Create(Invariant, $"{bin.TotalMinutes:0} minutes")
        : string.Create(Invariant, $"{bin.TotalHours:0} hours");

    private static string Amount(double value) =>
        value.ToString(value < 10 ? "0.0" : "0", Invariant);

    // An underflowed tail is "below anything we can print", not literally zero.
    private static string Probability(SurgeEvaluation evaluation) => evaluation.P < 1e-300
        ? "p < 1.0e-300"
        : string.Create(Invariant, $"p = {evaluation.P:0.0e0} < {evaluation.AlphaPerSeries:0.0e0}");
}
