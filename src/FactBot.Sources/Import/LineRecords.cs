using System.Runtime.CompilerServices;
using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.Core.Sources;

namespace FactBot.Sources.Import;

/// <summary>
/// The loop every one-record-per-line source shares: resume at a <see cref="FileMark"/> (or an old bare line number),
/// map each line, pass the post through <see cref="PostValidator"/>, and turn every line problem, read failure,
/// truncation or unfinished last line into a malformed item naming the file and line. Positions are the marks after
/// each line, so a checkpoint carries the file's identity.
/// </summary>
internal static class LineRecords
{
    public static async IAsyncEnumerable<SourceItem> ReadAsync(
        string path,
        string? resumeAfter,
        string kind,
        Func<string, string, Result<Post>> map,
        TimeProvider time,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var resume = LineResume.Parse(resumeAfter, kind);
        var name = Path.GetFileName(path);
        // The reader is synchronous (file reads are short); yielding first keeps them off the caller's thread.
        await Task.Yield();

        var latest = FileText.Latest(path, time);
        var watermark = new FileWatermark();
        using var reader = LineReader.Open(path);
        if (resume.Mark is { } mark && reader.Error is null)
            reader.Resume(mark);
        while (reader.Next() is { } line)
        {
            ct.ThrowIfCancellationRequested();
            if (line.Number <= resume.LegacyLine || (line.Text is { } blank && string.IsNullOrWhiteSpace(blank)))
                continue;

            var position = reader.Mark.ToString();
            var mapped = line.Text is { } text
                ? map(text, position)
                : new MalformedRecord(position, line.Problem ?? "unreadable line");
            yield return watermark.See(mapped.IsSuccess
                ? CheckedItem.Of(mapped.Value, latest, position, $"{name}:{line.Number}")
                : Malformed(position, $"{name}:{line.Number}", mapped.Error));
        }

        // Both positions are the mark after the last line read, so a resume reads what follows again.
        if (reader.Error is { } error)
            yield return SourceItem.Stopped(reader.Mark.ToString(), $"{name}:{reader.LineNumber}: {error}", reader.Truncated ? ReadProblem.Truncated : ReadProblem.Unreadable);
        else if (reader.HeldBack)
            yield return SourceItem.Stopped(reader.Mark.ToString(), UnfinishedLine($"{name}:{reader.LineNumber + 1}"), ReadProblem.Unfinished);
        else if (watermark.AtEnd(reader.Mark.ToString()) is { } end)
            yield return end;
    }

    /// <summary>The report of a last line without its newline, for every line-based source.</summary>
    public static string UnfinishedLine(string where) =>
        $"{where}: the last line has no newline and is cut off (still being written?); it is read once its newline arrives";

    private static SourceItem Malformed(string position, string where, Error error) =>
        SourceItem.Malformed(position, $"{where}: {error.Message}", (error as MalformedRecord)?.Field);
}
