using System.ComponentModel.DataAnnotations;

namespace FactBot.Worker;

/// <summary>The worker's schedules and files, bound from the <c>Worker</c> section (env: <c>FACTBOT__Worker__…</c>).</summary>
public sealed class WorkerOptions
{
    public const string Section = "Worker";

    /// <summary>How often detectors close finished bins. Default 1 minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan BinCloseInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the outbox is swept. Default 5 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan OutboxSweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often old posts are purged. Default 6 hours.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Posts older than this are deleted (alerts keep their evidence keys). Default 30 days.</summary>
    [Range(typeof(TimeSpan), "8.00:00:00", "3650.00:00:00")]
    public TimeSpan PostRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the watch folder is polled for new files. Default 1 minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan SourcePollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often configured live APIs (TikTok Research API, Mastodon) are polled. Default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan ApiPollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often stored TikTok data is re-checked (TikTok requires it within 15 days). Default 1 day.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "14.00:00:00")]
    public TimeSpan TikTokRefreshInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Optional folder whose new data files (JSONL, TikTok pages) are ingested as a live source.</summary>
    public string? WatchFolder { get; set; }

    /// <summary>How long a chat platform may fail before the heartbeat (and the container's health check) says unhealthy. Default 15 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan UnhealthyAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Touched on every bin close; the container health check reads its age and its platform line.</summary>
    [Required(ErrorMessage = "Worker:HeartbeatFile must be set (a writable file path, e.g. data/heartbeat).")]
    public string HeartbeatFile { get; set; } = "data/heartbeat";

    /// <summary>Seed watchlists, added to the store when missing.</summary>
    public string SeedWatchlists { get; set; } = "config/watchlists.json";

    /// <summary>Folder of label CSV files loaded at start.</summary>
    public string SeedLabels { get; set; } = "config/labels";

    /// <summary>The bundled demo, replayed when no platform token is configured.</summary>
    [Required(ErrorMessage = "Worker:DemoFolder must be set (the folder of the demo dataset, e.g. config/demo).")]
    public string DemoFolder { get; set; } = "config/demo";
}
