using FactBot.Core.Detection;

namespace FactBot.Core.Abstractions;

/// <summary>The detectors' clock steps, kept with the alerts they produced (written in the same atomic scope).</summary>
public interface IDetectionJournal
{
    Task AppendAsync(DetectionMark mark, CancellationToken ct = default);

    /// <summary>The newest mark, or null before the first.</summary>
    Task<DetectionMark?> LastAsync(CancellationToken ct = default);

    /// <summary>The post sequence the last mark before <paramref name="from"/> followed (0 if none): where a rebuild
    /// starting at <paramref name="from"/> begins reading posts.</summary>
    Task<long> SequenceBeforeAsync(DateTimeOffset from, CancellationToken ct = default);

    /// <summary>Marks at or after <paramref name="from"/>, oldest first (in the order they were appended).</summary>
    Task<IReadOnlyList<DetectionMark>> ReadFromAsync(DateTimeOffset from, CancellationToken ct = default);

    /// <summary>Forgets marks before <paramref name="cutoff"/> (retention); returns how many.</summary>
    Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken ct = default);
}
