using System.ComponentModel.DataAnnotations;
using FactBot.Core.Alerts;

namespace FactBot.Core.Delivery;

/// <summary>How the outbox retries, and which alert changes are worth a notification.</summary>
public sealed class DeliveryOptions
{
    /// <summary>
    /// How long a message keeps being retried through transient failures (network errors, timeouts, 5xx, 429) before it
    /// expires and what it said goes into the chat's next digest. Default 24 hours.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>First retry delay; doubled per attempt, with jitter. Default 5 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest retry delay. Default 5 minutes, so a chat hears again soon after its platform is back.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Messages taken per outbox sweep. Default 100.</summary>
    [Range(1, 10_000)]
    public int SweepBatch { get; set; } = 100;

    /// <summary>
    /// A rise of an alert's severity to this level or above (and any re-opening) sends a short notice as well as editing
    /// the first message, because edits notify nobody. Default High.
    /// </summary>
    public Severity NotifyAtSeverity { get; set; } = Severity.High;
}
