using FactBot.Core.Detection.Statistics;
using FactBot.Core.Detection.Surge;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// The rare part of judging a target's bin: with enough labelled posts in it, the burst automaton over the window and,
/// if it or the volume test fired, the wave (when it began, the usual share before it, who started and who joined).
/// </summary>
internal static class WaveFinder
{
    /// <summary>The finding for <paramref name="bin"/>, or null when neither test fired.</summary>
    /// <param name="start">The series' first bin: the window starts no earlier.</param>
    /// <param name="labelled">The labelled posts in the bin.</param>
    /// <param name="volume">The labelled-post volume test's evaluation of the bin.</param>
    public static WaveFinding? Find(
        TargetSeries series, long bin, long start, int labelled, SurgeEvaluation volume, StateMediaOptions options, BinGrid grid)
    {
        var windowStart = Math.Max(start, bin - options.WindowBins + 1);
        var length = (int)(bin - windowStart + 1);
        var r = new int[length];
        var d = new int[length];
        for (var i = 0; i < length; i++)
        {
            r[i] = series.LabelledAt(windowStart + i);
            d[i] = series.TotalAt(windowStart + i);
        }

        var burst = KleinbergBurst.Run(r, d, options.S, options.Gamma);
        if (!volume.Fired && (!burst.InBurst || !Significant(series, windowStart, windowStart + burst.RunStart, bin, volume.AlphaPerSeries)))
            return null;

        // The wave: the burst run, or the labelled accounts' own excursion up to the surge bin (both: whichever starts
        // earlier), so an account whose first post came hours before the surge bin is judged on that post.
        var waveStart = burst.InBurst ? windowStart + burst.RunStart : bin;
        if (volume.Fired)
            waveStart = Math.Min(waveStart, ExcursionStart(series.Labelled, bin, windowStart));

        // The usual share is the one before the wave (the burst model's p0 includes the wave itself).
        var before = new List<int>();
        long labelledBefore = 0, totalBefore = 0;
        for (var b = windowStart; b < waveStart; b++)
        {
            before.Add(series.TotalAt(b) - series.LabelledAt(b));
            labelledBefore += series.LabelledAt(b);
            totalBefore += series.TotalAt(b);
        }

        var wave = new List<BinActivity>();
        for (var b = waveStart; b <= bin; b++)
            wave.Add(series.At(b));

        return new WaveFinding(
            series.Watched,
            grid.StartOf(bin),
            grid.EndOf(bin),
            grid.StartOf(waveStart),
            labelled,
            series.TotalAt(bin),
            volume,
            burst,
            burst.InBurst ? grid.StartOf(windowStart + burst.RunStart) : null,
            totalBefore == 0 ? null : (double)labelledBefore / totalBefore,
            WaveRoles.Analyse(before, wave));
    }

    /// <summary>
    /// Whether the burst run's labelled posts are too many for the share before it, at the volume test's per-series
    /// level (its family α split over the watched series). The automaton alone has no such level: over thousands of
    /// busy targets, chance runs of a few labelled posts at twice the usual share would each make an alert.
    /// </summary>
    private static bool Significant(TargetSeries series, long windowStart, long runStart, long bin, double alpha)
    {
        long labelledBefore = 0, totalBefore = 0, labelled = 0, total = 0;
        for (var b = windowStart; b < runStart; b++)
        {
            labelledBefore += series.LabelledAt(b);
            totalBefore += series.TotalAt(b);
        }

        for (var b = runStart; b <= bin; b++)
        {
            labelled += series.LabelledAt(b);
            total += series.TotalAt(b);
        }

        // No posts before the run: no usual share to judge it against (the volume test, with its own baseline, may
        // still fire). Otherwise the share before it, nudged off zero so a target that never saw a labelled post does
        // not make any labelled post infinitely unlikely; strictly below α, as the volume test.
        if (totalBefore == 0)
            return false;
        var share = (labelledBefore + 0.5) / (totalBefore + 1.0);
        return Binomial.UpperTail(labelled, total, share) < alpha;
    }

    /// <summary>
    /// The first bin of the run of bins, ending at the surge bin, in which the labelled accounts posted more than their
    /// expected count: where their excursion began. A bin at or below its expectation ends the run, so a routine or
    /// unrelated earlier post is not taken for the start. The bin before the surge bin is always included, so a crowd
    /// that rose just before the labelled accounts is seen and they are said to have joined.
    /// </summary>
    private static long ExcursionStart(BinnedCounter labelled, long bin, long windowStart)
    {
        var start = bin;
        while (start > windowStart && labelled.ExpectedAt(start - 1) is { } expected && labelled.CountAt(start - 1) > expected)
            start--;
        return Math.Min(start, bin - 1);
    }
}
