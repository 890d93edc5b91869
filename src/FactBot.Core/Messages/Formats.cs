using System.Globalization;

namespace FactBot.Core.Messages;

/// <summary>How numbers and times read in every message: invariant culture, UTC unless a zone is given.</summary>
public static class Formats
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Count(double value) => value.ToString("#,0", Invariant);

    public static string Number(double value) => value.ToString(Math.Abs(value) >= 100 ? "#,0" : "0.#", Invariant);

    public static string Ratio(double value) => "×" + value.ToString("0.0", Invariant);

    public static string Probability(double value) => value switch
    {
        <= 0 => "< 1e-300",
        < 0.001 => value.ToString("0.0e0", Invariant),
        _ => value.ToString("0.000", Invariant),
    };

    public static string Percent(double value) => (value * 100).ToString("0", Invariant) + "%";

    /// <summary>"2 d 3 h", "5 h 20 min", "4 min": precise enough to tell a lagging feed from a live one.</summary>
    public static string Span(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } => $"{(int)span.TotalDays} d {span.Hours} h",
        { TotalHours: >= 1 } => $"{(int)span.TotalHours} h {span.Minutes} min",
        _ => $"{Math.Max(0, (int)span.TotalMinutes)} min",
    };

    public static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", Invariant);

    /// <summary>"2022-03-07 13:00–14:00 UTC" within a day (a bin ending at midnight included), else both ends in full.</summary>
    public static string Window(DateTimeOffset start, DateTimeOffset end) =>
        end - start < TimeSpan.FromDays(1) && start.UtcDateTime.Date == end.UtcDateTime.AddTicks(-1).Date
            ? $"{start.UtcDateTime.ToString("yyyy-MM-dd HH:mm", Invariant)}–{end.UtcDateTime.ToString("HH:mm", Invariant)} UTC"
            : $"{Time(start)} – {Time(end)}";
}
