using System.Globalization;

namespace FactBot.Core.Commands.Queries;

/// <summary>Durations written back the way users type them (<c>30m</c>, <c>1h</c>, <c>24h</c>, <c>7d</c>), so a reply echoes the option.</summary>
internal static class DurationWords
{
    public static string Of(TimeSpan span) => span switch
    {
        _ when span.Ticks % TimeSpan.TicksPerDay == 0 && span.TotalDays >= 2 => Whole(span.TotalDays, "d"),
        _ when span.Ticks % TimeSpan.TicksPerHour == 0 => Whole(span.TotalHours, "h"),
        _ when span.Ticks % TimeSpan.TicksPerMinute == 0 => Whole(span.TotalMinutes, "m"),
        _ => Whole(span.TotalSeconds, "s"),
    };

    private static string Whole(double value, string unit) => ((long)value).ToString(CultureInfo.InvariantCulture) + unit;
}
