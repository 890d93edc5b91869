using FactBot.Core.Sources;
using FactBot.Core.Results;
using FactBot.Core.Time;

namespace FactBot.Core.Ingest;

/// <summary>How one source is run through the pipeline.</summary>
public sealed record IngestRun
{
    /// <summary>Replay: the virtual clock the pipeline moves to each post's creation time. Null for live ingest.</summary>
    public VirtualTimeProvider? ReplayClock { get; init; }

    /// <summary>
    /// Show new posts to this process's detectors. Off only for a process that stores and exits (<c>import</c>): the
    /// posts reach the detectors at the next start, which rebuilds them from the store.
    /// </summary>
    public bool Detect { get; init; } = true;

    /// <summary>Posts per atomic commit for this run; null for <see cref="IngestOptions.BatchSize"/>.</summary>
    public int? BatchSize { get; init; }

    /// <summary>Continue from the source's checkpoint.</summary>
    public bool Resume { get; init; } = true;

    /// <summary>Called for every record that could not be read (the pipeline goes on).</summary>
    public Action<MalformedRecord>? OnMalformed { get; init; }

    /// <summary>Called for each record stored with fields cut to their caps, to report them.</summary>
    public Action<CappedRecord>? OnCapped { get; init; }

    /// <summary>Called after each committed batch with the counts so far (progress displays).</summary>
    public Action<IngestProgress>? OnProgress { get; init; }
}
