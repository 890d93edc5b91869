using FactBot.Core.Posts;
using FactBot.Core.Results;
using Microsoft.Extensions.Logging;

namespace FactBot.Core.Ingest;

/// <summary>
/// What one run tells the log about its source's problems: a file that stopped early once, the first few bad
/// records one by one, then a count — one line per bad record would bury the log under a binary file's thousands.
/// Record text can be quoted in a message, so everything is escaped before it reaches a terminal or log viewer.
/// </summary>
internal sealed partial class RunLog(ILogger logger, string sourceId)
{
    /// <summary>Bad records logged one by one per run; the rest are counted in one line.</summary>
    public const int MaxRecords = 10;

    private readonly string _source = SafeText.ForDisplay(sourceId, 200);

    /// <summary>Counts <paramref name="error"/> in <paramref name="state"/>, logs it and tells the run's caller.</summary>
    public void Rejected(MalformedRecord error, RunState state)
    {
        var message = SafeText.ForDisplay(error.Message);
        if (error.Problem != ReadProblem.Record)
        {
            state.Stopped = error;
            LogStopped(logger, _source, message);
            return;
        }

        if (++state.Malformed <= MaxRecords)
            LogMalformed(logger, _source, SafeText.ForDisplay(error.Position, 120), message);
        state.Run.OnMalformed?.Invoke(error);
    }

    /// <summary>The count of bad records not logged one by one.</summary>
    public void Finished(RunState state)
    {
        if (state.Malformed > MaxRecords)
            LogMoreMalformed(logger, state.Malformed - MaxRecords, _source);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {Count} more records from {Source}")]
    private static partial void LogMoreMalformed(ILogger logger, long count, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopped reading {Source}: {Reason}")]
    private static partial void LogStopped(ILogger logger, string source, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped a record from {Source} at {Position}: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string source, string position, string reason);
}
