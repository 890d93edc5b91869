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
}
