using FactBot.Core.Detection.Surge;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Detection.Surge;

/// <summary>Builds series on hourly bins that start at a UTC midnight, so bin-of-day arithmetic is easy to read.</summary>
internal static class SurgeFixture
{
    public static readonly long Day0 = PostBuilder.Epoch.UtcTicks / TimeSpan.TicksPerHour;

    public static long Bin(int day, int hour) => Day0 + (day * 24L) + hour;

    public static SurgeOptions Options(Action<SurgeOptions>? change = null)
    {
        var options = new SurgeOptions();
        change?.Invoke(options);
        return options;
    }

    public static SurgeThresholds Defaults(SurgeOptions options) => SurgeThresholds.From(options, null);

    /// <summary>Fills bins [from, to) with the given counts and judges each in order, as the detector would.</summary>
    public static void Play(SurgeTest test, BinnedCounter series, long from, long to, Func<long, int> count)
    {
        var thresholds = Defaults(test.Options);
        for (var bin = from; bin < to; bin++)
        {
            var n = count(bin);
            if (n > 0)
                series.Add(bin, n);
            series.MarkStart(bin);
            test.Close(series, bin, thresholds, 1);
        }
    }

    /// <summary>A Poisson draw (Knuth's method is fine for the small means used here).</summary>
    public static int PoissonDraw(Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var k = 0;
        var product = random.NextDouble();
        while (product > limit)
        {
            k++;
            product *= random.NextDouble();
        }

        return k;
    }

    /// <summary>A diurnal mean: quiet nights, busy afternoons, between 4 and 36 posts an hour.</summary>
    public static double Diurnal(long bin) => 20 + (16 * Math.Sin(2 * Math.PI * (((bin - Day0) % 24) - 9) / 24));
}
