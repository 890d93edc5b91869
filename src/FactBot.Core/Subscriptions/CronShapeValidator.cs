using System.Globalization;
using System.Text.RegularExpressions;
using FactBot.Core.Results;

namespace FactBot.Core.Subscriptions;

/// <summary>
/// Core's stand-in for a real cron parser: checks that a Quartz cron has 6 or 7 fields of cron characters, and
/// computes fire times for the forms the shorthands produce (on a fixed minute, every hour or at a fixed hour,
/// every day or on one weekday). Anything richer is accepted on shape and its next fire time is unknown.
/// </summary>
public sealed partial class CronShapeValidator : IScheduleValidator
{
    private static readonly string[] Days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public Result Validate(string cron)
    {
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is < 6 or > 7)
        {
            return new InvalidArgument("schedule",
                $"'schedule' must be a Quartz cron with 6 or 7 fields, seconds first (e.g. \"0 0 9 * * ?\"); '{cron}' has {fields.Length}.");
        }

        var bad = fields.FirstOrDefault(f => !FieldPattern().IsMatch(f));
        return bad is null
            ? Result.Ok()
            : new InvalidArgument("schedule", $"'schedule' has a field cron does not allow: '{bad}'.");
    }

    public DateTimeOffset? NextFireAfter(string cron, TimeZoneInfo zone, DateTimeOffset after)
    {
        if (SimplePattern().Match(cron) is not { Success: true } match)
            return null;
        var minute = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        int? hour = match.Groups["h"].Value == "*" ? null : int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        DayOfWeek? day = match.Groups["d"].Success ? (DayOfWeek)Array.IndexOf(Days, match.Groups["d"].Value.ToUpperInvariant()) : null;
        if (minute > 59 || hour > 23)
            return null;

        var localNow = TimeZoneInfo.ConvertTime(after, zone);
        var localToday = localNow.Date;
        // Eight days always include the next weekday; one more covers a skipped (daylight-saving) hour.
        for (var d = 0; d <= 8; d++)
        {
            var date = localToday.AddDays(d);
            if (day is { } weekday && date.DayOfWeek != weekday)
                continue;
            // Every hour: start an hour before now's (a repeated hour may still be ahead), not at midnight.
            var first = hour ?? (d == 0 ? Math.Max(0, localNow.Hour - 1) : 0);
            for (var h = first; h <= (hour ?? 23); h++)
            {
                foreach (var instant in Instants(zone, date.AddHours(h).AddMinutes(minute), everyHour: hour is null))
                {
                    if (instant > after)
                        return instant;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// When a local wall-clock time happens, as Quartz sees it: a time the clocks skip fires when they jump (the end
    /// of the gap); a time that happens twice (clocks going back) fires the first time, and again only for an
    /// every-hour schedule (which fires every hour that passes).
    /// </summary>
    private static IEnumerable<DateTimeOffset> Instants(TimeZoneInfo zone, DateTime wall, bool everyHour)
    {
        if (zone.IsAmbiguousTime(wall))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(wall).OrderDescending().ToList();
            foreach (var offset in everyHour ? offsets : offsets.Take(1))
                yield return new DateTimeOffset(wall, offset);
        }
        else if (zone.IsInvalidTime(wall))
        {
            // The first instant whose local time is past the wall time is the jump itself: walk up to it from when
            // the clock would read the wall time at the offset after the jump (an earlier instant, before the jump).
            var utc = DateTime.SpecifyKind(wall - zone.GetUtcOffset(wall.AddHours(3)), DateTimeKind.Utc);
            while (TimeZoneInfo.ConvertTimeFromUtc(utc, zone) < wall)
                utc = utc.AddMinutes(1);
            yield return new DateTimeOffset(utc);
        }
        else
        {
            yield return new DateTimeOffset(wall, zone.GetUtcOffset(wall));
        }
    }

    [GeneratedRegex(@"^[0-9A-Za-z*?/,#\-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"^0 (?<m>\d{1,2}) (?<h>\d{1,2}|\*) (?:\* \* \?|\? \* (?<d>MON|TUE|WED|THU|FRI|SAT|SUN))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SimplePattern();
}
