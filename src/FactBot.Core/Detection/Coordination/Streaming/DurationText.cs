using System.Globalization;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>Short durations for sentences volunteers read: "60 s", "5 min", "24 h", "7 d".</summary>
internal static class DurationText
{
    public static string Format(TimeSpan span) => span switch
    {
        { TotalSeconds: < 120 } => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.#} s"),
        { TotalMinutes: < 120 } => string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0.#} min"),
        { TotalHours: < 72 } => string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0.#} h"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{span.TotalDays:0.#} d"),
    };
}
