using FactBot.Core.Ingest;
using FactBot.Core.Results;

namespace FactBot.Worker.Cli;

/// <summary>
/// The exit codes of every verb, documented in the README, so a script importing files can tell a clean import from
/// one that skipped records or stopped early — in every non-zero case, what could be read is stored, and running
/// the same command again resumes.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and stored (or already stored).</summary>
    public const int Ok = 0;

    /// <summary>Nothing was done: the file cannot be opened or is not a format FactBot reads; bad configuration.</summary>
    public const int Failed = 1;

    /// <summary>The command line is wrong (the usage text follows).</summary>
    public const int Usage = 2;

    /// <summary>Some records were skipped (each reported with its position); the rest were stored.</summary>
    public const int Skipped = 3;

    /// <summary>The file stops early (a truncated gzip) or could not be read to its end; what was read is stored.</summary>
    public const int Incomplete = 4;

    /// <summary>An unexpected error (EX_SOFTWARE): one line on the console, the details in a crash log under data/logs.</summary>
    public const int Bug = 70;

    /// <summary>A setting is wrong (EX_CONFIG): nothing ran; the message names each setting and how to set it.</summary>
    public const int Config = 78;

    public static int Of(IngestResult result) => result.Stopped?.Problem switch
    {
        ReadProblem.Truncated or ReadProblem.Unreadable => Incomplete,
        ReadProblem.Unfinished => Skipped,
        _ => result.Malformed > 0 ? Skipped : Ok,
    };
}
