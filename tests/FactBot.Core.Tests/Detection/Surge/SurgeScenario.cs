using FactBot.Core.Alerts;
using FactBot.Core.Detection.Surge;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;
using FactBot.TestKit.Posts;
using Microsoft.Extensions.Options;

namespace FactBot.Core.Tests.Detection.Surge;

/// <summary>Drives a <see cref="VolumeSurgeDetector"/> hour by hour the way the ingest loop and bin-close job do.</summary>
internal static class SurgeScenario
{
    public static VolumeSurgeDetector Detector(Action<SurgeOptions>? change = null) =>
        new(Microsoft.Extensions.Options.Options.Create(SurgeFixture.Options(change)));

    public static WatchedTarget Watched(string tag = "donbas", string watchlist = Watchlist.MainName, DetectorThresholds? thresholds = null) =>
        new(new WatchTarget(TargetKind.Hashtag, tag), watchlist, thresholds ?? DetectorThresholds.None);

    public static DateTimeOffset StartOf(long hourBin) => new(hourBin * TimeSpan.TicksPerHour, TimeSpan.Zero);

    public static DateTimeOffset EndOf(long hourBin) => StartOf(hourBin + 1);

    /// <summary><paramref name="count"/> posts spread over the hour, by authors a0..a6 unless given.</summary>
    public static IEnumerable<Post> PostsIn(long hourBin, int count, string tag = "donbas", Func<int, string>? author = null)
    {
        for (var i = 0; i < count; i++)
        {
            var at = StartOf(hourBin) + TimeSpan.FromTicks(TimeSpan.TicksPerHour * i / Math.Max(1, count));
            yield return PostBuilder.Create(author: author?.Invoke(i) ?? $"a{i % 7}", at: at, hashtags: [tag]) with
            {
                Url = $"https://example.test/p/{hourBin}/{i}",
            };
        }
    }

    /// <summary>Feeds bins [from, to) and closes each at its end; returns every signal.</summary>
    public static List<DetectionSignal> Run(
        VolumeSurgeDetector sut, IReadOnlyList<WatchedTarget> targets, long from, long to, Func<long, int> count)
    {
        var signals = new List<DetectionSignal>();
        for (var bin = from; bin < to; bin++)
        {
            foreach (var post in PostsIn(bin, count(bin), targets[0].Target.Value))
                sut.Observe(post, targets);
            signals.AddRange(sut.Advance(EndOf(bin)));
        }

        return signals;
    }

    /// <summary>A seeded diurnal Poisson background, memoised so two runs of one seed see the same counts.</summary>
    public static Func<long, int> Background(int seed, double scale = 1)
    {
        var random = new Random(seed);
        var counts = new Dictionary<long, int>();
        return bin => counts.TryGetValue(bin, out var n)
            ? n
            : counts[bin] = SurgeFixture.PoissonDraw(random, scale * SurgeFixture.Diurnal(bin));
    }
}
