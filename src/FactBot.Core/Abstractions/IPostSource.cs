using FactBot.Core.Sources;

namespace FactBot.Core.Abstractions;

/// <summary>
/// A stream of posts from one place (an API, a file). Each item carries its position so the pipeline can
/// checkpoint after storing; a broken record comes back as an error item and the stream goes on.
/// </summary>
public interface IPostSource
{
    /// <summary>Stable id, used for checkpoints (e.g. <c>file:demo.jsonl</c>).</summary>
    string Id { get; }

    /// <summary>Reads from just after <paramref name="resumeAfter"/> (a position this source emitted), or from the start.</summary>
    IAsyncEnumerable<SourceItem> ReadAsync(string? resumeAfter, CancellationToken ct = default);
}
