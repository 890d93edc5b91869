using System.Globalization;
using System.Text.RegularExpressions;
using FactBot.Core.Alerts;
using FactBot.Core.Results;
using FactBot.Core.Subscriptions;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Commands;

/// <summary>Checks raw option text against a <see cref="CommandSpec"/>; every error names the option and says what fits.</summary>
public static partial class OptionParser
{
    public const int MaxTextLength = 500;

    public static Result<CommandArguments> Parse(CommandSpec spec, IReadOnlyDictionary<string, string> raw)
    {
        var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, text) in raw)
        {
            if (spec.Find(name) is not { } option)
                return new InvalidArgument(name, $"/{spec.FullName} has no option '{name}'.");
            var value = ParseValue(option, text.Trim());
            if (!value.IsSuccess)
                return value.Error;
            values[option.Name] = value.Value;
        }

        var missing = spec.Options.FirstOrDefault(o => o.Required && !values.ContainsKey(o.Name));
        return missing is null
            ? new CommandArguments(values)
            : new InvalidArgument(missing.Name, $"'{missing.Name}' is required: {missing.Description}");
    }

    public static Result<object> ParseValue(OptionSpec option, string text)
    {
        if (text.Length == 0)
            return Bad(option, "is empty");
        return option.Type switch
        {
            OptionType.Text => text.Length <= MaxTextLength ? text : Bad(option, $"is longer than {MaxTextLength} characters"),
            OptionType.WholeNumber => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) && InRange(option, l)
                ? l : Bad(option, $"must be a whole number{Range(option)}"),
            OptionType.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) && InRange(option, d)
                ? d : Bad(option, $"must be a number{Range(option)}"),
            OptionType.Choice => option.Choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase)) is { } choice
                ? choice : Bad(option, $"must be one of: {string.Join(", ", option.Choices)}"),
            OptionType.Target => WatchTarget.Parse(text) is { IsSuccess: true } target
                ? target.Value : Bad(option, "must be #hashtag, sound:<id> or kw:<text>"),
            OptionType.Duration => ParseDuration(text) is { } span ? span : Bad(option, "must be a duration like 30m, 6h, 24h or 7d (at most 30d)"),
            OptionType.AlertId => AlertIdPattern().IsMatch(text) ? text.ToUpperInvariant() : Bad(option, "must be an alert id like A-7K2F"),
            OptionType.Watchlist => WatchlistPattern().IsMatch(text.ToLowerInvariant())
                ? text.ToLowerInvariant() : Bad(option, "must be a watchlist name: letters, digits, '-' or '_', at most 32"),
            OptionType.Schedule => text,
            OptionType.TimeZone => TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone)
                ? zone.Id : Bad(option, "must be a time zone like Europe/Kyiv, America/New_York or UTC"),
            OptionType.QuietHours => string.Equals(text, "off", StringComparison.OrdinalIgnoreCase)
                ? QuietHours.Off
                : ParseQuiet(text) is { } quiet ? quiet : Bad(option, "must be a local time range like 22:00-07:00, or off"),
            OptionType.Severity => Enum.TryParse<Severity>(text, ignoreCase: true, out var severity) && Enum.IsDefined(severity) && !char.IsDigit(text[0])
                ? severity : Bad(option, "must be low, medium, high or critical"),
            _ => Bad(option, "has a type this version does not know"),
        };
    }

    public static TimeSpan? ParseDuration(string text)
    {
        var match = DurationPattern().Match(text.Trim().ToLowerInvariant());
        if (!match.Success || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount == 0)
            return null;
        var span = match.Groups[2].Value switch
        {
            "m" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromDays(amount),
        };
        return span <= TimeSpan.FromDays(30) ? span : null;
    }

    public static QuietHours? ParseQuiet(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && TimeOnly.TryParseExact(parts[0], "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            && TimeOnly.TryParseExact(parts[1], "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            && start != end
            ? new QuietHours(start, end)
            : null;
    }

    private static bool InRange(OptionSpec option, double value) =>
        (option.Min is not { } min || value >= min) && (option.Max is not { } max || value <= max);

    private static string Range(OptionSpec option) => (option.Min, option.Max) switch
    {
        ({ } min, { } max) => FormattableString.Invariant($" from {min} to {max}"),
        ({ } min, null) => FormattableString.Invariant($" of at least {min}"),
        (null, { } max) => FormattableString.Invariant($" of at most {max}"),
        _ => "",
    };

    private static InvalidArgument Bad(OptionSpec option, string problem) => new(option.Name, $"'{option.Name}' {problem}.");

    [GeneratedRegex("^A-[0-9A-Z]{4,12}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlertIdPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex WatchlistPattern();

    [GeneratedRegex("^([0-9]{1,4})(m|h|d)$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}
