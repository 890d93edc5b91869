using System.Globalization;
using System.Runtime.CompilerServices;
using FactBot.Core.Abstractions;
using FactBot.Core.Sources;
using FactBot.Sources.Csv;

namespace FactBot.Sources.Import;

/// <summary>
/// Streams a CSV export (plain or gzip) in one of the <see cref="CsvFormat"/>s. Positions are the 1-based line
/// where a row starts; blank rows are not records. A row that cannot be read (a shifted column, a bad id or
/// time, a broken list cell) becomes a malformed item naming the file, line and cell, and the stream goes on.
/// </summary>
public sealed class CsvPostSource(string path, CsvFormat format, TimeProvider time) : IPostSource
{
    private readonly string _fileName = Path.GetFileName(path);

    public string Id { get; } = PostFileSources.IdOf(path);

    public CsvFormat Format => format;

    public async IAsyncEnumerable<SourceItem> ReadAsync(string? resumeAfter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var skipThrough = ParseResume(resumeAfter);
        // The CSV reader is synchronous; yielding first keeps its file reads off the caller's thread.
        await Task.Yield();

        using var file = CsvFile.Open(path);
        var headerRow = file.Header();
        var header = headerRow is null ? null : new CsvHeader(headerRow);
        var mapper = header is null ? null : CsvFormats.Mapper(format, header);
        if (header is null || mapper is null)
        {
            var reason = file.Error
                ?? (header is null ? "the file is empty (no header)" : $"the header lacks columns a {format} export needs. Expected {CsvFormats.Expected}");
            yield return Malformed(headerRow?.Line ?? 1, reason);
            yield break;
        }

        var lastLine = headerRow!.Line;
        while (file.Next() is { } row)
        {
            ct.ThrowIfCancellationRequested();
            lastLine = row.Line;
            if (row.Line <= skipThrough || row.IsBlank)
                continue;

            var problem = row.UnterminatedQuote
                ? "the file ends inside a quoted cell"
                : header.IsShifted(row)
                    ? $"the row has {row.Fields.Count} cells but the header {header.Count}: an unquoted comma shifted the columns"
                    : null;
            if (problem is not null)
            {
                yield return Malformed(row.Line, problem);
                continue;
            }

            var mapped = mapper.Map(row, time.GetUtcNow());
            yield return mapped.IsSuccess ? SourceItem.Of(Position(row.Line), mapped.Value) : Malformed(row.Line, mapped.Error.Message);
        }

        if (file.Error is { } error)
            yield return Malformed(lastLine, error);
    }

    private SourceItem Malformed(int line, string reason) =>
        SourceItem.Malformed(Position(line), $"{_fileName}:{Position(line)}: {reason}");

    private static string Position(int line) => line.ToString(CultureInfo.InvariantCulture);

    private static int ParseResume(string? resumeAfter)
    {
        if (string.IsNullOrEmpty(resumeAfter))
            return 0;

        // A position this source never emitted means a checkpoint from another source: a caller bug.
        return int.TryParse(resumeAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            ? line
            : throw new ArgumentException($"'{resumeAfter}' is not a line number of a CSV source.", nameof(resumeAfter));
    }
}
