using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.Surge;

/// <summary>The gates one series is judged by: the options' defaults with a watchlist's overrides applied.</summary>
internal readonly record struct SurgeThresholds(int Floor, double MinRatio, double FamilyAlpha)
{
    // Overrides are clamped to sane ranges: a watchlist setting must not turn the test off or make it fire on nothing.
    public static SurgeThresholds From(SurgeOptions options, DetectorThresholds? overrides) => new(
        Math.Max(1, overrides?.Floor ?? options.Floor),
        Math.Max(0, overrides?.MinRatio ?? options.MinRatio),
        Math.Clamp(overrides?.FamilyAlpha ?? options.FamilyAlpha, double.Epsilon, 1));
}
