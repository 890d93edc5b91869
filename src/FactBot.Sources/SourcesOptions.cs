using System.ComponentModel.DataAnnotations;

namespace FactBot.Sources;

/// <summary>Settings for file imports and replay (section <c>Sources</c>).</summary>
public sealed class SourcesOptions
{
    public const string Section = "Sources";

    /// <summary>
    /// Replay speed when <c>replay</c> is given no <c>--speed</c>, as a multiple of real time (60 = one hour per
    /// minute); 0 replays as fast as possible. (How many posts go to the store at once is <c>Core:Ingest:BatchSize</c>.)
    /// </summary>
    [Range(0.0, 1_000_000.0)]
    public double DefaultReplaySpeed { get; set; }

    /// <summary>How many skipped records an import or replay report lists before summarising the rest.</summary>
    [Range(0, 10_000)]
    public int ReportProblemsShown { get; set; } = 20;

    /// <summary>The speed to replay at: the one given (0 = as fast as possible), else the default; null = as fast as possible.</summary>
    public double? ReplaySpeed(double? given) => (given ?? DefaultReplaySpeed) is > 0 and var speed ? speed : null;
}
