using FactBot.Core.Alerts;
using FactBot.Core.Detection.Surge;
using FactBot.Core.Watchlists;
using FactBot.TestKit.Posts;
using Microsoft.Extensions.Options;

namespace FactBot.Core.Tests.Delivery;

/// <summary>A volume detector fed hour by hour (1 h bins from <see cref="PostBuilder.Epoch"/>), and alerts on it.</summary>
internal static class ChartFixture
{
    public const string Tag = "donbas";
    public const string Key = "#" + Tag;

    public static readonly WatchedTarget Watched = new(new WatchTarget(TargetKind.Hashtag, Tag), Watchlist.MainName, DetectorThresholds.None);

    public static DateTimeOffset Hour(int hour) => PostBuilder.Epoch.AddHours(hour);

    /// <summary>Quiet nights, busier days: 4 posts an hour from 00:00 to 07:59, 12 otherwise.</summary>
    public static int Daily(int hour) => hour % 24 < 8 ? 4 : 12;

    /// <summary>A detector watching #donbas, fed hours [0, <paramref name="hours"/>) and advanced past each.</summary>
    public static VolumeSurgeDetector Detector(int hours, Func<int, int> count)
    {
        var detector = new VolumeSurgeDetector(Options.Create(new SurgeOptions()));
        detector.SetWatched([Watched]);
        for (var hour = 0; hour < hours; hour++)
        {
            var n = count(hour);
            for (var i = 0; i < n; i++)
                detector.Observe(PostBuilder.Create(at: Hour(hour).AddMinutes(60.0 * i / n), hashtags: [Tag]), [Watched]);
            detector.Advance(Hour(hour + 1));
        }

        return detector;
    }

    public static Alert Alert(DateTimeOffset windowStart, DateTimeOffset windowEnd, AlertKind kind = AlertKind.VolumeSurge, string target = Key) => new()
    {
        Id = "A-TEST",
        Kind = kind,
        Target = WatchTarget.Parse(target).Value!,
        OpenedAt = windowEnd,
        UpdatedAt = windowEnd,
        WindowStart = windowStart,
        WindowEnd = windowEnd,
        Severity = Severity.Medium,
        Explanation = "test",
    };
}
