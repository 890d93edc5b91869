using System.Globalization;
using FactBot.Core.Detection.Surge;
using FactBot.Core.Messages;
using FactBot.Core.Results;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Commands.Admin;

/// <summary>
/// The keys of <c>/watchlist set</c> and their ranges. The ranges are tighter than what the detector would accept:
/// a chat command should not be able to switch the surge test off (family α near 1, ratio near 0) or make it
/// deaf (floor in the millions).
/// </summary>
internal static class ThresholdSettings
{
    public const int MinFloor = 1;
    public const int MaxFloor = 10_000;
    public const double MinRatio = 1;
    public const double MaxRatio = 100;
    public const double MinAlpha = 1e-9;
    public const double MaxAlpha = 0.2;

    public static Result<DetectorThresholds> Apply(DetectorThresholds current, string key, double value) => key switch
    {
        "floor" => value is >= MinFloor and <= MaxFloor && value == Math.Floor(value)
            ? current with { Floor = (int)value }
            : Bad($"'floor' must be a whole number from {MinFloor} to {MaxFloor}, not {Show(value)}."),
        "min-ratio" => value is >= MinRatio and <= MaxRatio
            ? current with { MinRatio = value }
            : Bad($"'min-ratio' must be from {Show(MinRatio)} to {Show(MaxRatio)}, not {Show(value)}."),
        "family-alpha" => value is >= MinAlpha and <= MaxAlpha
            ? current with { FamilyAlpha = value }
            : Bad($"'family-alpha' must be from {Show(MinAlpha)} to {Show(MaxAlpha)}, not {Show(value)}."),
        _ => Bad($"'key' must be one of: {string.Join(", ", CommandCatalog.ThresholdKeys)}."),
    };

    /// <summary>The value in force for <paramref name="key"/>, marked when it is the detector default.</summary>
    public static string Describe(DetectorThresholds thresholds, SurgeOptions defaults, string key) => key switch
    {
        "floor" => Mark(thresholds.Floor is { } f ? Formats.Count(f) : null, Formats.Count(defaults.Floor)),
        "min-ratio" => Mark(thresholds.MinRatio is { } r ? "×" + Show(r) : null, "×" + Show(defaults.MinRatio)),
        "family-alpha" => Mark(thresholds.FamilyAlpha is { } a ? Show(a) : null, Show(defaults.FamilyAlpha)),
        _ => "?",
    };

    public static IReadOnlyList<ChatField> Fields(DetectorThresholds thresholds, SurgeOptions defaults) =>
        [.. CommandCatalog.ThresholdKeys.Select(key => new ChatField(key, Describe(thresholds, defaults, key)))];

    /// <summary>One line: <c>floor 10 (default) · min-ratio ×3 · family-alpha 0.01 (default)</c>.</summary>
    public static string Line(DetectorThresholds thresholds, SurgeOptions defaults) =>
        string.Join(" · ", CommandCatalog.ThresholdKeys.Select(key => $"{key} {Describe(thresholds, defaults, key)}"));

    // "G6" keeps 1e-9 and 0.05 both short and exact enough for a person to check what they typed.
    public static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    private static string Mark(string? overridden, string fallback) => overridden ?? fallback + " (default)";

    private static InvalidArgument Bad(string message) => new("value", message);
}
