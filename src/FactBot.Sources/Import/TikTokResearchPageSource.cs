using System.Runtime.CompilerServices;
using FactBot.Core.Abstractions;
using FactBot.Core.Results;
using FactBot.Core.Sources;

namespace FactBot.Sources.Import;

/// <summary>
/// Imports recorded TikTok Research API video-query responses: one <c>.json</c> response, a directory of them
/// (read in file-name order, as written by raw-response recorders) or a <c>.jsonl</c> with one response per line.
/// Positions are <c>{file}#page{P}:video{I}</c>; P is 1 for a single-response file and the line number in a
/// page-per-line file.
/// </summary>
public sealed class TikTokResearchPageSource : IPostSource
{
    private readonly string _path;
    private readonly TimeProvider _time;
    private readonly bool _isDirectory;
    private readonly bool _pagePerLine;

    public TikTokResearchPageSource(string path, TimeProvider time)
    {
        _path = path;
        _time = time;
        _isDirectory = Directory.Exists(path);
        _pagePerLine = !_isDirectory && PostFileSources.IsJsonLines(path);
        Id = PostFileSources.IdOf(path);
    }

    public string Id { get; }

    public async IAsyncEnumerable<SourceItem> ReadAsync(string? resumeAfter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var resume = TikTokPagePosition.Parse(resumeAfter);
        var (files, error) = ListFiles();
        if (error is not null)
            yield return SourceItem.Stopped(TikTokPagePosition.Of(Path.GetFileName(_path), 0), error, ReadProblem.Unreadable);

        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var order = resume is null ? 1 : string.CompareOrdinal(name, resume.File);
            if (order < 0)
                continue;

            var from = order == 0 ? resume : null;
            var items = _pagePerLine ? ReadLinesAsync(file, name, from, ct) : ReadFileAsync(file, name, from, ct);
            await foreach (var item in items)
                yield return item;
        }
    }

    private (IReadOnlyList<string> Files, string? Error) ListFiles()
    {
        if (!_isDirectory)
            return ([_path], null);

        try
        {
            var files = Directory.EnumerateFiles(_path)
                .Where(PostFileSources.IsJsonPage)
                .Order(StringComparer.Ordinal)
                .ToList();
            return (files, null);
        }
        catch (Exception ex) when (FileText.IsExpected(ex))
        {
            return ([], $"{_path}: cannot list the directory: {ex.Message}");
        }
    }

    private async IAsyncEnumerable<SourceItem> ReadFileAsync(
        string file, string name, TikTokPagePosition? resume, [EnumeratorCancellation] CancellationToken ct)
    {
        const int page = 1;
        var position = TikTokPagePosition.Of(name, page);
        var (text, mark, error, problem) = await PageFile.ReadAsync(file, ct);
        // A mark from another file at this path (a new export) does not apply: read this one whole.
        if (resume?.Mark is { } resumed && text is not null && resumed.Fingerprint != mark.Fingerprint)
            resume = null;
        if (resume?.SkipsPage(page) == true)
            yield break;

        var suffix = TikTokPagePosition.MarkSuffix(mark);
        var items = text is null
            ? [problem == ReadProblem.Record
                ? SourceItem.Malformed(position + suffix, $"{position}: {error}")
                // Page 0: nothing of this file counts as read, so a file still being copied in is read whole later.
                : SourceItem.Stopped(TikTokPagePosition.Of(name, 0), $"{position}: {error}", problem)]
            : TikTokResearchPage.Read(text, position, resume?.VideosSkipped(page) ?? 0, TikTokResearchPage.ImportSource, _time.GetUtcNow(), suffix, FileText.Latest(file, _time));
        var watermark = new FileWatermark();
        foreach (var item in items)
            yield return watermark.See(item);
        if (text is not null && watermark.AtEnd(position + suffix) is { } complete)
            yield return complete;
    }

    private async IAsyncEnumerable<SourceItem> ReadLinesAsync(
        string file, string name, TikTokPagePosition? resume, [EnumeratorCancellation] CancellationToken ct)
    {
        // The reader is synchronous (file reads are short); yielding first keeps them off the caller's thread.
        await Task.Yield();
        var latest = FileText.Latest(file, _time);
        var watermark = new FileWatermark();
        using var reader = LineReader.Open(file);
        if (resume?.Mark is { } mark && reader.Error is null && !reader.Resume(mark))
            resume = null;

        var start = reader.Offset;
        while (reader.Next() is { } line)
        {
            ct.ThrowIfCancellationRequested();
            var page = line.Number;
            // Each position marks the start of its page's line, so a resume re-reads the page and skips what it must.
            var suffix = TikTokPagePosition.MarkSuffix(reader.MarkOf(page - 1, start, FileMark.HashedAt(reader.Offset)));
            start = reader.Offset;
            if ((line.Text is { } blank && string.IsNullOrWhiteSpace(blank)) || resume?.SkipsPage(page) == true)
                continue;

            var position = TikTokPagePosition.Of(name, page);
            var items = line.Text is { } text
                ? TikTokResearchPage.Read(text, position, resume?.VideosSkipped(page) ?? 0, TikTokResearchPage.ImportSource, _time.GetUtcNow(), suffix, latest)
                : [SourceItem.Malformed(position + suffix, $"{position}: {line.Problem}")];
            foreach (var item in items)
                yield return watermark.See(item);
        }

        var end = TikTokPagePosition.Of(name, reader.LineNumber) + TikTokPagePosition.MarkSuffix(reader.Mark);
        if (reader.Error is { } error)
            yield return SourceItem.Stopped(end, $"{TikTokPagePosition.Of(name, reader.LineNumber)}: {error}", reader.Truncated ? ReadProblem.Truncated : ReadProblem.Unreadable);
        else if (reader.HeldBack)
            yield return SourceItem.Stopped(end, LineRecords.UnfinishedLine(TikTokPagePosition.Of(name, reader.LineNumber + 1)), ReadProblem.Unfinished);
        else if (watermark.AtEnd(end) is { } complete)
            yield return complete;
    }
}
