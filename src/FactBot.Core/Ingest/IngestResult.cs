using FactBot.Core.Results;

namespace FactBot.Core.Ingest;

/// <summary>What one pipeline run did.</summary>
public sealed record IngestResult(long Read, long Stored, long Duplicates, long Malformed, string? LastPosition, bool Resumed)
{
    /// <summary>
    /// Why the source stopped before its end (a truncated or unreadable file, a last line still being written), or
    /// null when it was read to the end. Not counted in <see cref="Malformed"/>: it is about the file, not a record.
    /// </summary>
    public MalformedRecord? Stopped { get; init; }

    /// <summary>Stored records with fields cut to their caps (counted in <see cref="Stored"/> or <see cref="Duplicates"/> too).</summary>
    public long Capped { get; init; }
}
