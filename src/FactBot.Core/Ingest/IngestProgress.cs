namespace FactBot.Core.Ingest;

/// <summary>How far a run is: records read so far, and what became of them.</summary>
public readonly record struct IngestProgress(long Read, long Stored, long Duplicates, long Malformed);
