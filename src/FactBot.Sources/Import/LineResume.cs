using System.Globalization;

namespace FactBot.Sources.Import;

/// <summary>
/// Where a line-based file source resumes: after a <see cref="FileMark"/>, or (positions written before marks
/// existed) after a bare 1-based line number, read again from the start and skipped by count.
/// </summary>
internal sealed record LineResume(FileMark? Mark, int LegacyLine)
{
    public static readonly LineResume FromStart = new(null, 0);

    /// <summary>Reads a resume position; a position this source never wrote is a checkpoint of another source, a caller bug.</summary>
    public static LineResume Parse(string? resumeAfter, string kind)
    {
        if (string.IsNullOrEmpty(resumeAfter))
            return FromStart;
        if (FileMark.TryParse(resumeAfter, out var mark))
            return new LineResume(mark, 0);
        return int.TryParse(resumeAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            ? new LineResume(null, line)
            : throw new ArgumentException($"'{resumeAfter}' is not a position of a {kind} source (line@offset#fingerprint).", nameof(resumeAfter));
    }
}
