using FactBot.Core.Abstractions;
using FactBot.Core.Posts;

namespace FactBot.Core.Detection;

/// <summary>
/// Replays the stored posts and journaled clock steps of a lookback window into fresh detectors, in the order they
/// first happened (posts by store sequence, each step after the post it followed), emitting nothing. Detectors are
/// deterministic, so they end where they stood before the restart. Runs under the engine's gate.
/// </summary>
internal sealed class DetectorRebuild(IPostStore posts, IDetectionJournal? journal, DetectionEngine engine)
{
    private const int PageSize = 8192;

    public async Task<long> RunAsync(TimeSpan lookback, CancellationToken ct)
    {
        IReadOnlyList<DetectionMark> marks = [];
        long after = 0;
        if (journal is not null && await journal.LastAsync(ct) is { } last)
        {
            var from = last.At - lookback;
            after = await journal.SequenceBeforeAsync(from, ct);
            marks = await journal.ReadFromAsync(from, ct);
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
                    await engine.AdvanceLockedAsync(marks[next].At, emit: false, journal: false, ct);
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
            await engine.AdvanceLockedAsync(marks[next].At, emit: false, journal: false, ct);
        return replayed;
    }

    private void Flush(List<Post> run, ref long runEnd)
    {
        engine.ObserveLocked(run, runEnd);
        run.Clear();
    }
}
