using System.ComponentModel.DataAnnotations;

namespace FactBot.Core.Detection.Surge;

/// <summary>
/// Settings of the volume-surge detector: a seasonal baseline with outlier
/// down-weighting, a negative-binomial tail test Bonferroni-corrected over the watched series, a minimum count
/// and a minimum ratio. Per-watchlist thresholds (floor, ratio, family α) override the matching defaults here.
/// </summary>
public sealed class SurgeOptions : IValidatableObject
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Detection:Surge";

    /// <summary>Width of one counting bin. 5 minutes to 24 hours, and a whole number of bins must fill a day
    /// (so the same bin-of-day exists every day). Default 1 hour.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan BinSize { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Days of the same bin-of-day averaged into the expected count. Default 7.</summary>
    [Range(1, 28)]
    public int BaselineDays { get; set; } = 7;

    /// <summary>A bin with fewer posts than this never fires, however improbable (Farrington-style floor). Default 10.</summary>
    [Range(1, int.MaxValue)]
    public int Floor { get; set; } = 10;

    /// <summary>Minimum count / expected ratio for a surge (CrowdTangle-style effect size). Default 2.</summary>
    [Range(1.0, 1000.0)]
    public double MinRatio { get; set; } = 2.0;

    /// <summary>Family-wise false-alarm rate per bin; each series is tested at FamilyAlpha / M, M = number of
    /// watched series (Bonferroni). Default 0.01.</summary>
    [Range(1e-12, 0.5)]
    public double FamilyAlpha { get; set; } = 0.01;

    /// <summary>Level of the Student-t cut-off above which a baseline value counts as an outlier and is
    /// down-weighted (epitweetr alpha_outlier). Default 0.05.</summary>
    [Range(1e-6, 0.5)]
    public double OutlierAlpha { get; set; } = 0.05;

    /// <summary>Exponent of the outlier weight (c / r*)^k (epitweetr k_decay). Default 4.</summary>
    [Range(0.0, 20.0)]
    public double OutlierDecay { get; set; } = 4;

    /// <summary>While a series has fewer than <see cref="BaselineDays"/> days of history, the expected count is
    /// the (outlier-weighted) mean of this many previous bins. Default 24.</summary>
    [Range(3, 1000)]
    public int ColdStartBins { get; set; } = 24;

    /// <summary>A cold-start baseline needs at least this many previous bins (capped at <see cref="ColdStartBins"/>)
    /// before the series can fire: the first hours of a newly watched target hold too little to compare with, and a
    /// partial day turns every morning ramp into a "surge". Seasonal baselines always have <see cref="BaselineDays"/>
    /// values. Default 24.</summary>
    [Range(1, 1000)]
    public int MinBaselinePoints { get; set; } = 24;

    /// <summary>Number of recent closed bins over which the negative-binomial dispersion is pooled. Default 168.</summary>
    [Range(2, 10_000)]
    public int DispersionWindow { get; set; } = 168;

    /// <summary>How long after a bin ends before it is evaluated, for sources that deliver posts late. Default zero.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan Lateness { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// How late a post may arrive and still be judged: a bin already judged that then receives posts (the TikTok
    /// Research API is about two days behind, a file of past posts, a poll after an outage) is judged again, with every
    /// bin after it, while it is at most this old. Older posts only count as history. Default 3 days (the TikTok lag
    /// plus one day); zero judges every bin once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "14.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan AllowedLateness { get; set; } = TimeSpan.FromDays(3);

    /// <summary>
    /// How far back the first data of a target is judged when it arrives after the target's bins were judged with
    /// nothing in them: a target just watched whose source then brings its past (the TikTok poller's first look-back,
    /// 7 days by default), within <see cref="AllowedLateness"/> of that first post. Older posts only count as history.
    /// Such a series' ring grows to keep this much more history (or the allowed lateness, if longer), so those bins are
    /// judged on whole baselines. Default 7 days; zero judges such posts like any late post.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan Backfill { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Example posts kept as evidence per open bin and target. Default 20.</summary>
    [Range(0, 500)]
    public int MaxEvidence { get; set; } = 20;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BinSize <= TimeSpan.Zero || TimeSpan.TicksPerDay % BinSize.Ticks != 0)
        {
            yield return new ValidationResult(
                $"{Section}:{nameof(BinSize)} is {BinSize}, which does not divide a day. Use e.g. 00:05:00, 00:15:00, 01:00:00 or 1.00:00:00.",
                [nameof(BinSize)]);
        }
    }
}
