using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using FactBot.Core.Abstractions;
using FactBot.Core.Posts;
using FactBot.Core.Sources;

namespace FactBot.Sources.Import;

/// <summary>
/// Streams Zeeschuimer / 4CAT NDJSON (plain or gzip): one captured TikTok web item per line. NUL characters are
/// removed before parsing, as 4CAT does, because captured usernames and captions contain them. Positions are
/// 1-based line numbers; a bad line becomes a malformed item and the stream goes on.
/// </summary>
public sealed class ZeeschuimerNdjsonSource(string path, TimeProvider time) : IPostSource
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true };

    private readonly string _fileName = Path.GetFileName(path);

    public string Id { get; } = PostFileSources.IdOf(path);

    public async IAsyncEnumerable<SourceItem> ReadAsync(string? resumeAfter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var skipThrough = ParseResume(resumeAfter);
        using var reader = LineReader.Open(path);
        while (await reader.NextAsync(ct) is { } line)
        {
            if (reader.LineNumber <= skipThrough || string.IsNullOrWhiteSpace(line))
                continue;

            var position = reader.LineNumber.ToString(CultureInfo.InvariantCulture);
            var (item, problem) = Map(line);
            yield return item is null
                ? SourceItem.Malformed(position, $"{_fileName}:{position}: {problem}")
                : SourceItem.Of(position, item);
        }

        if (reader.Error is { } error)
        {
            var position = reader.LineNumber.ToString(CultureInfo.InvariantCulture);
            yield return SourceItem.Malformed(position, $"{_fileName}:{position}: {error}");
        }
    }

    /// <summary>Whether one line (the file's first) is a Zeeschuimer/4CAT item rather than a Research API page or a canonical post.</summary>
    internal static bool LooksLikeItem(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(StripNul(line), DocumentOptions);
            return ZeeschuimerItemMapper.LooksLikeItem(document.RootElement);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private (Post? Post, string? Problem) Map(string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(StripNul(line), DocumentOptions);
        }
        catch (JsonException ex)
        {
            return (null, $"not JSON: {ex.Message}");
        }

        using (document)
        {
            var mapped = ZeeschuimerItemMapper.Map(document.RootElement, time.GetUtcNow());
            return mapped.IsSuccess ? (mapped.Value, null) : (null, mapped.Error.Message);
        }
    }

    private static string StripNul(string line) =>
        line.Contains('\0', StringComparison.Ordinal) ? line.Replace("\0", "", StringComparison.Ordinal) : line;

    private static int ParseResume(string? resumeAfter)
    {
        if (string.IsNullOrEmpty(resumeAfter))
            return 0;

        return int.TryParse(resumeAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            ? line
            : throw new ArgumentException($"'{resumeAfter}' is not a line number of an NDJSON source.", nameof(resumeAfter));
    }
}
