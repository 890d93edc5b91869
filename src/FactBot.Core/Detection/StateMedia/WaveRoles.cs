using FactBot.Core.Detection.Statistics;
using FactBot.Core.Detection.Surge;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// Decides whether labelled accounts started a wave or joined it. The others' rise is detected with a one-sided CUSUM
/// over the wave's sub-slots against twice the unlabelled posts' usual rate (the median per bin before the wave), and
/// dated by the GLR change-point estimate at the alarm: of the slots in the excursion that crossed the alarm level, the
/// one from which a single step up from the usual rate best explains the posts up to the alarm. The rise is the first
/// unlabelled post of that slot. A labelled account "started" the wave when its first post in the wave precedes that
/// rise (or nobody else rose); it "joined" otherwise, including when the others were above their usual rate from the
/// wave's start.
/// </summary>
/// <remarks>
/// Why not the CUSUM's own estimate (where the excursion left zero): a few ordinary posts in a slightly busy hour keep
/// the sum above zero until the crowd arrives, which dated the rise up to an hour early and made an account that posted
/// just before the crowd look as if it had joined. The maximum-likelihood step ignores such a slow lead-in.
/// </remarks>
internal static class WaveRoles
{
    /// <summary>The least excess of unlabelled posts over their usual rate that counts as a rise.</summary>
    public const double MinRiseExcess = 5;

    /// <summary>The alarm level in standard deviations of the expected count over the wave (Poisson).</summary>
    public const double RiseSigmas = 3;

    /// <summary>
    /// The CUSUM reference: slots count as excess only above this multiple of the usual rate, so ordinary noise drains
    /// the sum back to zero and the change point lands where the crowd really arrived (a doubling is the rise sought).
    /// </summary>
    public const double ReferenceFactor = 2;

    public static WaveAnalysis Analyse(IReadOnlyList<int> unlabelledBefore, IReadOnlyList<BinActivity> wave)
    {
        // No history before the wave reads as a zero baseline.
        var baseline = unlabelledBefore.Count == 0 ? 0 : Quantile.Median(unlabelledBefore);
        var rise = FindRise(wave, baseline);

        var roles = wave
            .SelectMany(bin => bin.LabelledAccounts)
            .GroupBy(activity => activity.Account, StringComparer.Ordinal)
            .Select(group =>
            {
                var first = group.MinBy(activity => activity.FirstAt)!;
                return new AccountRole(first, group.Sum(activity => activity.Posts), rise is not { } at || first.FirstAt < at);
            })
            .OrderBy(role => role.First.FirstAt)
            .ThenBy(role => role.First.Account, StringComparer.Ordinal)
            .ToList();
        return new WaveAnalysis(rise, baseline, roles);
    }

    public static DateTimeOffset? FindRise(IReadOnlyList<BinActivity> wave, double baselinePerBin)
    {
        var perSlot = ReferenceFactor * baselinePerBin / BinActivity.Slots;
        var threshold = Math.Max(MinRiseExcess, RiseSigmas * Math.Sqrt(baselinePerBin * wave.Count));
        var slots = wave.Count * BinActivity.Slots;
        var sum = 0.0;
        int? excursion = null;
        for (var i = 0; i < slots; i++)
        {
            sum += CountAt(wave, i) - perSlot;
            if (sum <= 0)
            {
                sum = 0;
                excursion = null;
                continue;
            }

            excursion ??= i;
            if (sum >= threshold)
            {
                var change = ChangePoint(wave, excursion.Value, i, baselinePerBin);
                return wave[change / BinActivity.Slots].SlotFirst(change % BinActivity.Slots);
            }
        }

        return null;
    }

    /// <summary>
    /// The slot τ in [<paramref name="from"/>, <paramref name="alarm"/>] maximising the Poisson log-likelihood ratio of
    /// "rate λ1 from τ on" against "the usual rate λ0", λ1 fitted to the posts of τ..alarm:
    /// X·ln(λ1/λ0) − n·(λ1 − λ0) with n slots and X posts, λ1 = X/n. Ties go to the earlier slot.
    /// </summary>
    private static int ChangePoint(IReadOnlyList<BinActivity> wave, int from, int alarm, double baselinePerBin)
    {
        // A target nobody used has a usual rate of 0, under which any post is infinitely unlikely; the volume test's
        // floor keeps the ratio finite (and then the earliest post of the excursion wins, as it should).
        var usual = Math.Max(baselinePerBin, SurgeTest.MinExpected) / BinActivity.Slots;
        var best = from;
        var bestRatio = double.NegativeInfinity;
        var posts = 0;
        for (var tau = alarm; tau >= from; tau--)
        {
            var count = CountAt(wave, tau);
            posts += count;
            if (count == 0)
                continue; // An empty first slot only lowers λ1: the best step never starts on one.

            var length = alarm - tau + 1;
            var rate = (double)posts / length;
            var ratio = rate > usual ? (posts * Math.Log(rate / usual)) - (length * (rate - usual)) : 0;
            if (ratio >= bestRatio)
            {
                bestRatio = ratio;
                best = tau;
            }
        }

        return best;
    }

    private static int CountAt(IReadOnlyList<BinActivity> wave, int slot) =>
        wave[slot / BinActivity.Slots].SlotCount(slot % BinActivity.Slots);
}
