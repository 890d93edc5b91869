using System.Globalization;
using System.Runtime.CompilerServices;
using FactBot.Core.Abstractions;
using FactBot.Core.Sources;

namespace FactBot.Sources.Import;

/// <summary>
/// Streams FactBot canonical JSONL (<see cref="PostJsonl"/>), plain or gzip. Positions are 1-based line numbers;
/// blank lines are skipped and a bad line becomes a malformed item while the stream goes on.
/// </summary>
public sealed class JsonlPostSource(string path, TimeProvider time) : IPostSource
{
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
            var parsed = PostJsonl.Parse(line, position);
            if (!parsed.IsSuccess)
            {
                yield return SourceItem.Malformed(position, $"{_fileName}:{position}: {parsed.Error.Message}");
                continue;
            }

            var post = parsed.Value;
            // Generated files may leave ObservedAt out; "when FactBot saw it" is then now.
            if (post.ObservedAt == default)
                post = post with { ObservedAt = time.GetUtcNow() };
            yield return SourceItem.Of(position, post);
        }

        if (reader.Error is { } error)
        {
            var position = reader.LineNumber.ToString(CultureInfo.InvariantCulture);
            yield return SourceItem.Malformed(position, $"{_fileName}:{position}: {error}");
        }
    }

    private static int ParseResume(string? resumeAfter)
    {
        if (string.IsNullOrEmpty(resumeAfter))
            return 0;

        // A position this source never emitted means a checkpoint from another source: a caller bug.
        return int.TryParse(resumeAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            ? line
            : throw new ArgumentException($"'{resumeAfter}' is not a line number of a JSONL source.", nameof(resumeAfter));
    }
}
