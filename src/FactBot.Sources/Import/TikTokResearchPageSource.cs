using System.Runtime.CompilerServices;
using FactBot.Core.Abstractions;
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
            yield return SourceItem.Malformed(TikTokPagePosition.Of(Path.GetFileName(_path), 0), error);

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
        if (resume?.SkipsPage(page) == true)
            yield break;

        var position = TikTokPagePosition.Of(name, page);
        var (text, error) = await ReadAllAsync(file, ct);
        var items = text is null
            ? [SourceItem.Malformed(position, $"{position}: {error}")]
            : TikTokResearchPage.Read(text, position, resume?.VideosSkipped(page) ?? 0, TikTokResearchPage.ImportSource, _time.GetUtcNow());
        foreach (var item in items)
            yield return item;
    }

    private async IAsyncEnumerable<SourceItem> ReadLinesAsync(
        string file, string name, TikTokPagePosition? resume, [EnumeratorCancellation] CancellationToken ct)
    {
        using var reader = LineReader.Open(file);
        while (await reader.NextAsync(ct) is { } line)
        {
            var page = reader.LineNumber;
            if (string.IsNullOrWhiteSpace(line) || resume?.SkipsPage(page) == true)
                continue;

            var items = TikTokResearchPage.Read(
                line, TikTokPagePosition.Of(name, page), resume?.VideosSkipped(page) ?? 0, TikTokResearchPage.ImportSource, _time.GetUtcNow());
            foreach (var item in items)
                yield return item;
        }

        if (reader.Error is { } error)
        {
            var position = TikTokPagePosition.Of(name, reader.LineNumber);
            yield return SourceItem.Malformed(position, $"{position}: {error}");
        }
    }

    private static async Task<(string? Text, string? Error)> ReadAllAsync(string file, CancellationToken ct)
    {
        try
        {
            using var reader = FileText.Open(file);
            return (await reader.ReadToEndAsync(ct), null);
        }
        catch (Exception ex) when (FileText.IsExpected(ex))
        {
            return (null, $"cannot read: {ex.Message}");
        }
    }
}
