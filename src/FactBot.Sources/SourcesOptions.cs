using System.ComponentModel.DataAnnotations;

namespace FactBot.Sources;

/// <summary>Settings for file imports and replay (section <c>Sources</c>).</summary>
public sealed class SourcesOptions
{
    public const string Section = "Sources";

    /// <summary>How many imported posts are stored per batch; larger is faster, smaller keeps checkpoints fresher.</summary>
    [Range(1, 100_000)]
    public int ImportBatchSize { get; set; } = 500;

    /// <summary>Replay speed as a multiple of real time (60 = one hour per minute); 0 replays as fast as possible.</summary>
    [Range(0.0, 1_000_000.0)]
    public double DefaultReplaySpeed { get; set; }

    /// <summary>How many skipped records an import report lists before summarising the rest.</summary>
    [Range(0, 10_000)]
    public int ReportProblemsShown { get; set; } = 20;
}
