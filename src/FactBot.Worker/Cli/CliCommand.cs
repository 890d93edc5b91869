namespace FactBot.Worker.Cli;

/// <summary>A parsed command line. File paths are already absolute (relative to where the user typed them).</summary>
internal sealed record CliCommand(CliVerb Verb)
{
    public string? File { get; init; }

    /// <summary>Replay speed-up; null is as fast as possible.</summary>
    /// <summary>--speed: a multiple of real time, 0 for 'max' (as fast as possible); null when not given.</summary>
    public double? Speed { get; init; }

    public string? AlertsOut { get; init; }

    public string? Version { get; init; }

    public string? OutDir { get; init; }

    public int? Seed { get; init; }

    /// <summary>Console: act as a plain user instead of an admin.</summary>
    public bool AsUser { get; init; }

    /// <summary>The raw arguments, for verbs that parse their own (coordination).</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>Verbs that are plain computations and must not pay for the generic host.</summary>
    public bool RunsWithoutHost => Verb is CliVerb.Coordination or CliVerb.DemoGenerate or CliVerb.Help;
}
