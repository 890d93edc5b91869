using System.Text.Json;
using FactBot.Core.Abstractions;
using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.Core.Sources;

namespace FactBot.Sources.Import;

/// <summary>
/// Streams Zeeschuimer / 4CAT NDJSON (plain or gzip): one captured TikTok web item per line. NUL characters are
/// removed before parsing, as 4CAT does, because captured usernames and captions contain them. Positions are
/// <see cref="FileMark"/>s; a bad line becomes a malformed item and the stream goes on (<see cref="LineRecords"/>).
/// </summary>
public sealed class ZeeschuimerNdjsonSource(string path, TimeProvider time) : IPostSource
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true };

    public string Id { get; } = PostFileSources.IdOf(path);

    public IAsyncEnumerable<SourceItem> ReadAsync(string? resumeAfter, CancellationToken ct = default) =>
        LineRecords.ReadAsync(path, resumeAfter, "NDJSON", Map, time, ct);

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

    private Result<Post> Map(string line, string position)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(StripNul(line), DocumentOptions);
        }
        catch (JsonException ex)
        {
            return new MalformedRecord(position, $"not JSON: {ex.Message}");
        }

        using (document)
        {
            var mapped = ZeeschuimerItemMapper.Map(document.RootElement, time.GetUtcNow());
            return mapped.IsSuccess
                ? mapped.Value
                : new MalformedRecord(position, mapped.Error.Message, (mapped.Error as MalformedRecord)?.Field);
        }
    }

    private static string StripNul(string line) =>
        line.Contains('\0', StringComparison.Ordinal) ? line.Replace("\0", "", StringComparison.Ordinal) : line;
}
