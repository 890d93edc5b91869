namespace FactBot.Core.Results;

/// <summary>What a <see cref="MalformedRecord"/> lost: one record, or the rest of a file.</summary>
public enum ReadProblem
{
    /// <summary>One record was skipped; the records around it were read.</summary>
    Record,

    /// <summary>
    /// The last line has no newline and is not whole: a writer may still be at work, so a later read takes it up
    /// (the watch folder waits for it); a finished file simply ends in a broken record.
    /// </summary>
    Unfinished,

    /// <summary>The file stops early (a gzip stream without its end): what was read is kept, the rest is missing.</summary>
    Truncated,

    /// <summary>The file could not be read on (an I/O error, not a data file): the rest of it was not read.</summary>
    Unreadable,
}
