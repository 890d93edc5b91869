using System.Globalization;

namespace FactBot.Sources.TikTok.Planning;

/// <summary>
/// One UTC day's use of the quota. Earlier versions persisted it as checkpoint text,
/// <c>day=20240105;requests=12;records=800;parked=2024-01-06T00:00:00Z</c>, which <see cref="Parse"/> still reads.
/// </summary>
internal sealed record TikTokQuotaState(DateOnly Day, int Requests, long Records, DateTimeOffset? ParkedUntil)
{
    /// <summary>Reads the text FactBot used to keep as a checkpoint (see <see cref="TikTokQuota"/>); null if unreadable.</summary>
    public static TikTokQuotaState? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        DateOnly? day = null;
        int? requests = null;
        long? records = null;
        DateTimeOffset? parked = null;
        foreach (var part in text.Split(';'))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            var (key, value) = eq > 0 ? (part[..eq], part[(eq + 1)..]) : (part, "");
            switch (key)
            {
                case "day":
                    day = TikTokWindow.ParseDay(value);
                    break;
                case "requests" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var r):
                    requests = r;
                    break;
                case "records" when long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n):
                    records = n;
                    break;
                case "parked" when DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var p):
                    parked = p.ToUniversalTime();
                    break;
                default:
                    return null;
            }
        }

        return day is { } d && requests is { } req && records is { } rec ? new TikTokQuotaState(d, req, rec, parked) : null;
    }
}
