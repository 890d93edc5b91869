using System.ComponentModel.DataAnnotations;

namespace FactBot.Core.Delivery;

/// <summary>How the outbox retries.</summary>
public sealed class DeliveryOptions
{
    /// <summary>Attempts before a message is marked dead with its last error. Default 8.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry delay; doubled per attempt. Default 5 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest retry delay. Default 15 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Messages taken per outbox sweep. Default 100.</summary>
    [Range(1, 10_000)]
    public int SweepBatch { get; set; } = 100;
}
