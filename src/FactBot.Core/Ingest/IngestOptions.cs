using System.ComponentModel.DataAnnotations;

namespace FactBot.Core.Ingest;

/// <summary>How posts flow from sources into the store and the detectors.</summary>
public sealed class IngestOptions
{
    /// <summary>Records buffered between a source and the store. A full buffer makes the source wait. Default 2,048.</summary>
    [Range(16, 1_000_000)]
    public int ChannelCapacity { get; set; } = 2048;

    /// <summary>Posts written to the store in one transaction, and the checkpoint interval. Default 256.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 256;

    /// <summary>
    /// Posts per atomic commit when a whole file is read as fast as it can be stored (<c>import</c>, <c>replay</c>):
    /// LiteDB's cost is mostly per transaction, so bigger commits store several times faster. A killed run redoes at
    /// most one batch. Default 4,096.
    /// </summary>
    [Range(1, 100_000)]
    public int FileBatchSize { get; set; } = 4096;

    /// <summary>In replay, the detectors close bins whenever virtual time crosses a multiple of this. Default 1 minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan AdvanceEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// After a restart, the stored posts and detector steps this far back are replayed into the detectors. It must
    /// cover everything a detector still remembers: the volume test's 7-day seasonal baseline, and the residuals of the
    /// 7 days of bins its dispersion is pooled over, each judged against its own 7-day baseline. Default 15 days.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "60.00:00:00")]
    public TimeSpan WarmUp { get; set; } = TimeSpan.FromDays(15);
}
