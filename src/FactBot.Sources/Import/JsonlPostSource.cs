using FactBot.Core.Abstractions;
using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.Core.Sources;

namespace FactBot.Sources.Import;

/// <summary>
/// Streams FactBot canonical JSONL (<see cref="PostJsonl"/>), plain or gzip. Positions are <see cref="FileMark"/>s
/// (line, byte offset, file fingerprint); blank lines are skipped and a bad line becomes a malformed item while the
/// stream goes on (<see cref="LineRecords"/>).
/// </summary>
public sealed class JsonlPostSource(string path, TimeProvider time) : IPostSource
{
    public string Id { get; } = PostFileSources.IdOf(path);

    public IAsyncEnumerable<SourceItem> ReadAsync(string? resumeAfter, CancellationToken ct = default) =>
        LineRecords.ReadAsync(path, resumeAfter, "JSONL", Parse, time, ct);

    private Result<Post> Parse(string line, string position)
    {
        // JSON has no raw NUL; a line with them is binary data, worth saying so rather than "bad JSON".
        if (line.Contains('\0', StringComparison.Ordinal))
            return new MalformedRecord(position, "binary data: the line holds NUL bytes");

        var parsed = PostJsonl.Parse(line, position);
        // Generated files may leave ObservedAt out; "when FactBot saw it" is then now.
        return parsed.IsSuccess && parsed.Value.ObservedAt == default
            ? parsed.Value with { ObservedAt = time.GetUtcNow() }
            : parsed;
    }
}
