namespace FactBot.Core.Ingest;

/// <summary>What one pipeline run did.</summary>
public sealed record IngestResult(long Read, long Stored, long Duplicates, long Malformed, string? LastPosition, bool Resumed);
