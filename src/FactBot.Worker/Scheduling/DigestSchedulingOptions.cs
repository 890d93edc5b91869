using System.ComponentModel.DataAnnotations;

namespace FactBot.Worker.Scheduling;

/// <summary>How digest triggers follow the stored subscriptions (section <c>Worker:Digests</c>).</summary>
public sealed class DigestSchedulingOptions
{
    public const string Section = "Worker:Digests";

    /// <summary>How often the triggers are reconciled with the store, for changes not made through commands
    /// (which apply at once). Default 1 minute.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The shortest time a digest schedule may leave between two digests. Default 15 minutes.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromMinutes(15);
}
