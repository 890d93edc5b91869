namespace FactBot.Core.Commands;

/// <summary>How an option's text is checked (and, on Discord, which option type is registered).</summary>
public enum OptionType
{
    Text,
    WholeNumber,
    Number,
    /// <summary>One of <see cref="OptionSpec.Choices"/>.</summary>
    Choice,
    /// <summary><c>#hashtag</c>, <c>sound:&lt;id&gt;</c> or <c>kw:&lt;text&gt;</c>.</summary>
    Target,
    /// <summary><c>30m</c>, <c>1h</c>, <c>6h</c>, <c>24h</c>, <c>7d</c>.</summary>
    Duration,
    /// <summary>An alert id such as <c>A-7K2F</c>.</summary>
    AlertId,
    /// <summary>A watchlist name: lower-case letters, digits, '-' and '_'.</summary>
    Watchlist,
    /// <summary>A Quartz cron expression, or a shorthand: <c>hourly</c>, <c>daily@09:00</c>, <c>weekly@mon-09:00</c>.</summary>
    Schedule,
    /// <summary>An IANA time zone id.</summary>
    TimeZone,
    /// <summary><c>22:00-07:00</c>.</summary>
    QuietHours,
    /// <summary><c>low</c>, <c>medium</c>, <c>high</c>, <c>critical</c>.</summary>
    Severity,
}
