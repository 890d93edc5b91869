using System.ComponentModel.DataAnnotations;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// Settings of the state-media surge detector: the volume test on labelled accounts' posts and Kleinberg's
/// binomial burst automaton on their share of a target's posts.
/// </summary>
public sealed class StateMediaOptions : IValidatableObject
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Detection:StateMedia";

    /// <summary>Width of one counting bin; must divide a day. Default 1 hour, as the volume-surge detector.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan BinSize { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Bins the burst automaton looks back over at each closed bin (p0 and the Viterbi path). Default 72.</summary>
    [Range(3, 10_000)]
    public int WindowBins { get; set; } = 72;

    /// <summary>Kleinberg's s: the burst state expects this many times the usual share (capped below 1). Default 2.</summary>
    [Range(1.01, 100.0)]
    public double S { get; set; } = 2.0;

    /// <summary>Kleinberg's γ: the cost of entering the burst state is γ·ln(bins); higher means fewer, stronger bursts. Default 1.</summary>
    [Range(0.0, 100.0)]
    public double Gamma { get; set; } = 1.0;

    /// <summary>No alert for a bin with fewer posts by labelled accounts than this, whatever the tests say. Default 3.</summary>
    [Range(1, 100_000)]
    public int MinLabelledPosts { get; set; } = 3;

    /// <summary>At most this many labelled accounts and example posts are put in one alert's evidence. Default 20.</summary>
    [Range(1, 500)]
    public int MaxEvidence { get; set; } = 20;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Bins are numbered from midnight, so the same bin-of-day exists every day (the volume test's seasonal baseline).
        if (BinSize <= TimeSpan.Zero || TimeSpan.TicksPerDay % BinSize.Ticks != 0)
        {
            yield return new ValidationResult(
                $"{Section}:{nameof(BinSize)} is {BinSize}, which does not divide a day. Use e.g. 00:05:00, 00:15:00, 01:00:00 or 1.00:00:00.",
                [nameof(BinSize)]);
        }
    }
}
