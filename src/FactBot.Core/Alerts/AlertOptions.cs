using System.ComponentModel.DataAnnotations;

namespace FactBot.Core.Alerts;

/// <summary>How alerts live and die.</summary>
public sealed class AlertOptions
{
    /// <summary>An alert closes when no new evidence arrived for this long. Default 6 hours.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan QuietPeriod { get; set; } = TimeSpan.FromHours(6);

    /// <summary>A re-surge within this time after closing re-opens the same alert instead of a new one. Default 24 hours.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan ReopenWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// A finding that comes more than this after its window ended (beyond the window's own length) is marked as found
    /// late, and says so. Default 30 minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan FoundLateAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>At most this many example posts and accounts are kept as evidence on one alert. Default 25.</summary>
    [Range(1, 500)]
    public int MaxEvidence { get; set; } = 25;
}
