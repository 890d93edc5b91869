namespace FactBot.Core.Ingest;

/// <summary>The counters of one pipeline run.</summary>
internal sealed class RunState(IngestRun run, string? resumedFrom)
{
    public IngestRun Run { get; } = run;

    public long Read { get; set; }

    public long Stored { get; set; }

    public long Duplicates { get; set; }

    public long Malformed { get; set; }

    public long Capped { get; set; }

    /// <summary>The source's watermark so far: the latest <see cref="Sources.SourceItem.CompleteThrough"/> it yielded.</summary>
    public DateTimeOffset? CompleteThrough { get; set; }

    public string? LastPosition { get; set; } = resumedFrom;

    public Results.MalformedRecord? Stopped { get; set; }
}
