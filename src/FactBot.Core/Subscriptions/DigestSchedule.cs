using System.Globalization;
using System.Text.RegularExpressions;
using FactBot.Core.Results;

namespace FactBot.Core.Subscriptions;

/// <summary>
/// Digest schedules as users write them (<c>hourly</c>, <c>daily@09:00</c>, <c>weekly@mon-09:00</c>, or a Quartz cron)
/// and as people read them back ("every day at 09:00"). Shorthands become Quartz crons (seconds first), which is
/// what a <see cref="Subscription"/> stores.
/// </summary>
public static partial class DigestSchedule
{
    /// <summary>Quartz cron for <c>hourly</c>: on the hour, every hour.</summary>
    public const string HourlyCron = "0 0 * * * ?";

    private static readonly string[] Days = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    /// <summary>The Quartz cron a schedule stands for (a cron is passed through with its spacing tidied). The
    /// result has the right shape only; <see cref="IScheduleValidator"/> judges a cron's fields.</summary>
    public static Result<string> ToCron(string text)
    {
        var trimmed = text.Trim();
        if (string.Equals(trimmed, "hourly", StringComparison.OrdinalIgnoreCase))
            return HourlyCron;
        if (DailyPattern().Match(trimmed) is { Success: true } daily)
        {
            return Clock(daily.Groups["h"].Value, daily.Groups["m"].Value) is { } time
                ? Invariant($"0 {time.Minute} {time.Hour} * * ?")
                : Bad(trimmed);
        }

        if (WeeklyPattern().Match(trimmed) is { Success: true } weekly)
        {
            return Clock(weekly.Groups["h"].Value, weekly.Groups["m"].Value) is { } time
                ? Invariant($"0 {time.Minute} {time.Hour} ? * {weekly.Groups["d"].Value.ToUpperInvariant()}")
                : Bad(trimmed);
        }

        var fields = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        // Quartz reads names in any case; one spelling keeps stored schedules comparable with the scheduler's.
        return fields.Length >= 5 ? string.Join(' ', fields).ToUpperInvariant() : Bad(trimmed);
    }

    /// <summary>"every day at 09:00", "every Monday at 09:00", "every hour"; other crons as "cron …".</summary>
    public static string Describe(string cron)
    {
        if (cron == HourlyCron)
            return "every hour";
        if (HourlyAtPattern().Match(cron) is { Success: true } hourly)
            return $"every hour at :{int.Parse(hourly.Groups["m"].Value, CultureInfo.InvariantCulture):00}";
        if (DailyCronPattern().Match(cron) is { Success: true } daily && Clock(daily.Groups["h"].Value, daily.Groups["m"].Value) is { } at)
            return $"every day at {at:HH\\:mm}";
        if (WeeklyCronPattern().Match(cron) is { Success: true } weekly && Clock(weekly.Groups["h"].Value, weekly.Groups["m"].Value) is { } time)
        {
            var day = (DayOfWeek)Array.IndexOf(Days, weekly.Groups["d"].Value.ToUpperInvariant());
            return $"every {day} at {time:HH\\:mm}";
        }

        return $"cron {cron}";
    }

    private static TimeOnly? Clock(string hour, string minute) =>
        int.TryParse(hour, NumberStyles.None, CultureInfo.InvariantCulture, out var h) && h is >= 0 and < 24
        && int.TryParse(minute, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 0 and < 60
            ? new TimeOnly(h, m)
            : null;

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    private static InvalidArgument Bad(string text) => new(
        "schedule",
        $"'schedule' must be hourly, daily@HH:mm, weekly@mon-HH:mm or a Quartz cron such as \"0 0 9 * * ?\" (seconds first); '{text}' is none of these.");

    [GeneratedRegex(@"^daily@(?<h>\d{1,2}):(?<m>\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DailyPattern();

    [GeneratedRegex(@"^weekly@(?<d>mon|tue|wed|thu|fri|sat|sun)-(?<h>\d{1,2}):(?<m>\d{2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeeklyPattern();

    [GeneratedRegex(@"^0 (?<m>\d{1,2}) \* \* \* \?$", RegexOptions.CultureInvariant)]
    private static partial Regex HourlyAtPattern();

    [GeneratedRegex(@"^0 (?<m>\d{1,2}) (?<h>\d{1,2}) \* \* \?$", RegexOptions.CultureInvariant)]
    private static partial Regex DailyCronPattern();

    [GeneratedRegex(@"^0 (?<m>\d{1,2}) (?<h>\d{1,2}) \? \* (?<d>MON|TUE|WED|THU|FRI|SAT|SUN)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeeklyCronPattern();
}
