using FactBot.Core.Abstractions;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection;

/// <summary>
/// Replays the stored posts and journaled clock steps of a lookback window into fresh detectors, in the order they
/// first happened (posts by store sequence, each step after the post it followed), emitting nothing. Detectors are
/// deterministic, so they end where they stood before the restart. Watchlist changes are replayed at their place too,
/// starting from the watchlists in force where the window begins. Runs under the engine's gate.
/// </summary>
/// <remarks>
/// Reading a page from the store costs about as much as the detectors' work on it, so the next page is read on
/// another thread while the detectors take the current one: start-up takes roughly the longer of the two, not the sum.
/// Only reads overlap; the detectors still see every post and step in the original order.
/// </remarks>
internal sealed class DetectorRebuild(IPostStore posts, IDetectionJournal? journal, DetectionEngine engine, int pageSize = DetectorRebuild.DefaultPageSize)
{
    public const int DefaultPageSize = 8192;

    /// <summary>The watchlists the journal says were in force at the end of the rebuilt window (null if it never said).</summary>
    public IReadOnlyList<Watchlist>? Watchlists { get; private set; }

    public async Task<long> RunAsync(TimeSpan lookback, CancellationToken ct)
    {
        IReadOnlyList<DetectionMark> marks = [];
        long after = 0;
        if (journal is not null)
        {
            // Before the first step there is no window yet: every watchlist change journaled so far applies.
            var from = await journal.LastAsync(ct) is { } last ? last.At - lookback : DateTimeOffset.MinValue;
            after = await journal.SequenceBeforeAsync(from, ct);
            marks = await journal.ReadFromAsync(from, ct);
            if (await journal.WatchlistsBeforeAsync(from, ct) is { Watchlists: { } initial })
                Apply(initial);
        }

        var next = 0;
        long replayed = 0;
        var run = new List<Post>(pageSize);
        var runEnd = after;
        var pending = ReadAsync(after, ct);
        try
        {
            while (await pending is { Count: > 0 } page)
            {
                pending = ReadAsync(page[^1].Sequence, ct);
                foreach (var (sequence, post) in page)
                {
                    // Steps taken before this post was stored come first, after exactly the posts they followed.
                    for (; next < marks.Count && marks[next].AfterSequence < sequence; next++)
                    {
                        Flush(run, ref runEnd);
                        await ReplayAsync(marks[next], ct);
                    }

                    run.Add(post);
                    runEnd = sequence;
                }

                replayed += page.Count;
                Flush(run, ref runEnd);
            }
        }
        finally
        {
            // A failed observe must not leave a read running against the store after the gate is released.
            await Settle(pending);
        }

        Flush(run, ref runEnd);
        for (; next < marks.Count; next++)
            await ReplayAsync(marks[next], ct);
        return replayed;
    }

    // A journaled mark: a clock step (emitting nothing: those alerts are stored) or a watchlist change.
    private async Task ReplayAsync(DetectionMark mark, CancellationToken ct)
    {
        if (mark.Watchlists is { } lists)
            Apply(lists);
        else
            await engine.AdvanceLockedAsync(mark.At, emit: false, journal: false, ct);
    }

    private void Apply(IReadOnlyList<Watchlist> lists)
    {
        Watchlists = lists;
        engine.ApplyWatchlistsLocked(lists);
    }

    private Task<IReadOnlyList<SequencedPost>> ReadAsync(long after, CancellationToken ct) =>
        Task.Run(() => posts.ReadAfterSequenceAsync(after, pageSize, ct), ct);

    private void Flush(List<Post> run, ref long runEnd)
    {
        engine.ObserveLocked(run, runEnd);
        run.Clear();
    }

    private static async Task Settle(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception)
        {
            // Already finished with (an error from the loop is the one that matters), or the read's own failure,
            // which the loop saw when it awaited it.
        }
    }
}
