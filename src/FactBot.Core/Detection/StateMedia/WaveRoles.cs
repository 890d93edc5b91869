namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// Decides whether labelled accounts started a wave or joined it. The others' rise is found with a one-sided CUSUM
/// over the wave's sub-slots against twice the unlabelled posts' usual rate (the median per bin before the wave): the rise
/// is the first unlabelled post of the excursion that crosses the alarm level, i.e. the CUSUM change-point estimate.
/// A labelled account "started" the wave when its first post in the wave precedes that rise (or nobody else rose);
/// it "joined" otherwise, including when the others were already above their usual rate when the wave began.
/// </summary>
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
        var baseline = Median(unlabelledBefore);
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
        var sum = 0.0;
        (BinActivity Bin, int Slot)? change = null;
        foreach (var bin in wave)
        {
            for (var slot = 0; slot < BinActivity.Slots; slot++)
            {
                sum += bin.SlotCount(slot) - perSlot;
                if (sum <= 0)
                {
                    sum = 0;
                    change = null;
                    continue;
                }

                change ??= (bin, slot);
                if (sum >= threshold)
                    return change.Value.Bin.SlotFirst(change.Value.Slot);
            }
        }

        return null;
    }

    private static double Median(IReadOnlyList<int> values)
    {
        if (values.Count == 0)
            return 0;

        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
