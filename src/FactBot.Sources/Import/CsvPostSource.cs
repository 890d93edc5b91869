using System.Globalization;
using System.Runtime.CompilerServices;
using FactBot.Core.Abstractions;
using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.Core.Sources;
using FactBot.Sources.Csv;

namespace FactBot.Sources.Import;

/// <summary>
/// Streams a CSV export (plain or gzip) in one of the <see cref="CsvFormat"/>s. Positions are the 1-based line where
/// a row starts plus the file's head fingerprint (<c>{line}@0#{fingerprint}/{hashed}</c>, see <see cref="FileHead"/>),
/// so a new export at the same path is read from its start. Blank rows are not records. A row that cannot be read (a
/// shifted column, a bad id or time, a broken list cell, a value out of range) becomes a malformed item naming the
/// file, line and cell, and the stream goes on; a gzip file that stops early is reported as truncated.
/// </summary>
public sealed class CsvPostSource(string path, CsvFormat format, TimeProvider time) : IPostSource
{
    private readonly string _fileName = Path.GetFileName(path);

    public string Id { get; } = PostFileSources.IdOf(path);

    public CsvFormat Format => format;

    public async IAsyncEnumerable<SourceItem> ReadAsync(string? resumeAfter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        // The CSV reader is synchronous; yielding first keeps its file reads off the caller's thread.
        await Task.Yield();
        var head = FileHead.Of(path) ?? FileMark.Start;
        var skipThrough = SkipThrough(resumeAfter);
        var latest = FileText.Latest(path, time);
        var watermark = new FileWatermark();

        using var file = CsvFile.Open(path);
        var headerRow = file.Header();
        var header = headerRow is null ? null : new CsvHeader(headerRow);
        var mapper = header is null ? null : CsvFormats.Mapper(format, header);
        if (header is null || mapper is null)
        {
            var reason = file.Error
                ?? (header is null ? "the file is empty (no header)" : $"the header lacks columns a {format} export needs. Expected {CsvFormats.Expected}");
            yield return SourceItem.Stopped(Position(0, head), $"{_fileName}:{headerRow?.Line ?? 1}: {reason}", ReadProblem.Unreadable);
            yield break;
        }

        var lastLine = headerRow!.Line;
        while (file.Next() is { } row)
        {
            ct.ThrowIfCancellationRequested();
            lastLine = row.Line;
            if (row.Line <= skipThrough || row.IsBlank)
                continue;

            var position = Position(row.Line, head);
            var problem = row.UnterminatedQuote
                ? "the file ends inside a quoted cell"
                : header.IsShifted(row)
                    ? $"the row has {row.Fields.Count} cells but the header {header.Count}: an unquoted comma shifted the columns"
                    : null;
            if (problem is not null)
            {
                yield return Malformed(position, row.Line, problem);
                continue;
            }

            var mapped = mapper.Map(row, time.GetUtcNow());
            yield return watermark.See(mapped.IsSuccess
                ? CheckedItem.Of(mapped.Value, latest, position, $"{_fileName}:{row.Line.ToString(CultureInfo.InvariantCulture)}")
                : Malformed(position, row.Line, mapped.Error.Message, (mapped.Error as MalformedRecord)?.Field));
        }

        var end = Position(lastLine, head);
        if (file.Error is { } error)
            yield return SourceItem.Stopped(end, $"{_fileName}:{lastLine}: {error}", ReadProblem.Unreadable);
        else if (FileText.IsGzipFile(path) && !GzipEnd.IsComplete(path, contentLength: -1))
            yield return SourceItem.Stopped(end, $"{_fileName}:{lastLine}: the file is truncated: its gzip stream stops without the gzip end", ReadProblem.Truncated);
        else if (watermark.AtEnd(end) is { } complete)
            yield return complete;
    }

    private SourceItem Malformed(string position, int line, string reason, string? field = null) =>
        SourceItem.Malformed(position, $"{_fileName}:{line.ToString(CultureInfo.InvariantCulture)}: {reason}", field);

    private static string Position(int line, FileMark head) => (head with { Line = line }).ToString();

    /// <summary>The last line a resume skips: none for another file at this path, all of it for a bare old line number.</summary>
    private int SkipThrough(string? resumeAfter)
    {
        if (string.IsNullOrEmpty(resumeAfter))
            return 0;
        if (FileMark.TryParse(resumeAfter, out var mark))
            return FileHead.Matches(path, mark) ? mark.Line : 0;

        // A position this source never emitted means a checkpoint from another source: a caller bug.
        return int.TryParse(resumeAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            ? line
            : throw new ArgumentException($"'{resumeAfter}' is not a position of a CSV source.", nameof(resumeAfter));
    }
}
