using System.Globalization;

namespace FactBot.Sources.TikTok.Planning;

/// <summary>A query's <c>start_date</c>..<c>end_date</c> (UTC calendar days, as the API takes them).</summary>
internal sealed record TikTokWindow(DateOnly Start, DateOnly End)
{
    private const string DateFormat = "yyyyMMdd";

    public string StartText => Format(Start);

    public string EndText => Format(End);

    public static string Format(DateOnly day) => day.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly? ParseDay(string text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public override string ToString() => $"{StartText}-{EndText}";

    public static TikTokWindow? Parse(string text)
    {
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0 || ParseDay(text[..dash]) is not { } start || ParseDay(text[(dash + 1)..]) is not { } end || end < start)
            return null;
        return new TikTokWindow(start, end);
    }
}
