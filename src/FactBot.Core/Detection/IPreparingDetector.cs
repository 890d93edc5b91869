using FactBot.Core.Posts;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection;

/// <summary>
/// A detector with per-post work that needs nothing but the post and its targets (hashing its text, say). The engine
/// runs that part ahead, chunk by chunk on whichever processor is free, and observes each post in order once its
/// chunk is prepared: preparing a later chunk may run while this detector observes an earlier one, so
/// <see cref="Prepare"/> must not read anything <see cref="ObservePrepared"/> changes.
/// </summary>
public interface IPreparingDetector : IDetector
{
    /// <summary>A batch of <paramref name="count"/> posts is coming. Called before any <see cref="Prepare"/> of it.</summary>
    void BeginBatch(int count);

    /// <summary>
    /// Prepares posts [<paramref name="start"/>, <paramref name="end"/>) of the batch. Called for disjoint ranges at
    /// once from several threads: it may write only what belongs to those positions.
    /// </summary>
    void Prepare(IReadOnlyList<Post> posts, IReadOnlyList<WatchedTarget>[] targets, int start, int end);

    /// <summary>Observes post <paramref name="index"/> of the prepared batch (in order, as <see cref="IDetector.Observe"/>).</summary>
    void ObservePrepared(int index, Post post, IReadOnlyList<WatchedTarget> targets);
}
