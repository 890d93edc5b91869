namespace FactBot.Core.Sources;

/// <summary>Where a source got to, persisted after the posts before it are stored, so a restart resumes.</summary>
public sealed record SourceCheckpoint(string SourceId, string Position, DateTimeOffset UpdatedAt)
{
    /// <summary>A replay's next detector step on its virtual clock, so a resumed replay steps where the first run would have.</summary>
    public DateTimeOffset? NextAdvance { get; init; }

    /// <summary>
    /// The source's watermark: its data is complete up to this post time (see <see cref="SourceItem.CompleteThrough"/>);
    /// null until the source has said. Shown as freshness, so a quiet chart is not taken for a quiet platform.
    /// </summary>
    public DateTimeOffset? CompleteThrough { get; init; }
}
