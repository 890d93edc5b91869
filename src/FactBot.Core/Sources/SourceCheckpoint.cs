namespace FactBot.Core.Sources;

/// <summary>Where a source got to, persisted after the posts before it are stored, so a restart resumes.</summary>
public sealed record SourceCheckpoint(string SourceId, string Position, DateTimeOffset UpdatedAt);
