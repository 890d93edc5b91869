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
internal sealed class DetectorRebuild(IPostStore posts, IDetectionJournal? journal, DetectionEngine engine)
{
    private const int PageSize = 8192;

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
        var run = new List<Post>(PageSize);
        var runEnd = after;
        while (true)
        {
            var page = await posts.ReadAfterSequenceAsync(after, PageSize, ct);
            if (page.Count == 0)
                break;
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
            after = page[^1].Sequence;
            Flush(run, ref runEnd);
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

    private void Flush(List<Post> run, ref long runEnd)
    {
        engine.ObserveLocked(run, runEnd);
        run.Clear();
    }
}
