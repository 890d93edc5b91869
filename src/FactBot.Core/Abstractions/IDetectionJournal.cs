using FactBot.Core.Detection;

namespace FactBot.Core.Abstractions;

/// <summary>
/// The detectors' history: clock steps, kept with the alerts they produced (written in the same atomic scope), and
/// watchlist changes, each at the point of the post stream where it took effect. Append order is the order they happened.
/// </summary>
public interface IDetectionJournal
{
    Task AppendAsync(DetectionMark mark, CancellationToken ct = default);

    /// <summary>The newest clock step, or null before the first (watchlist changes are not steps).</summary>
    Task<DetectionMark?> LastAsync(CancellationToken ct = default);

    /// <summary>The post sequence the last step before <paramref name="from"/> followed (0 if none): where a rebuild
    /// starting at <paramref name="from"/> begins reading posts.</summary>
    Task<long> SequenceBeforeAsync(DateTimeOffset from, CancellationToken ct = default);

    /// <summary>Every mark appended after the last step before <paramref name="from"/> (all of them if none), in append
    /// order: the steps at or after <paramref name="from"/> and the watchlist changes among them.</summary>
    Task<IReadOnlyList<DetectionMark>> ReadFromAsync(DateTimeOffset from, CancellationToken ct = default);

    /// <summary>The newest watchlist change appended before the marks <see cref="ReadFromAsync"/> returns for
    /// <paramref name="from"/>: the watchlists in force where a rebuild starts. Null if there is none.</summary>
    Task<DetectionMark?> WatchlistsBeforeAsync(DateTimeOffset from, CancellationToken ct = default);

    /// <summary>Forgets marks before <paramref name="cutoff"/> (retention), except the newest watchlist change among
    /// them, which stays in force; returns how many were forgotten.</summary>
    Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken ct = default);
}
