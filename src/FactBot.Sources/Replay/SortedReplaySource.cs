using System.Globalization;
using System.Runtime.CompilerServices;
using FactBot.Core.Abstractions;
using FactBot.Core.Sources;

namespace FactBot.Sources.Replay;

/// <summary>
/// Replay must see posts in creation order (API pages come newest first). A source already in order streams
/// through untouched (one checking read, then the run); otherwise it is read once more, stably sorted in memory and
/// served from there, and positions become indexes into that order, which a re-read reproduces, so a killed replay
/// still resumes exactly. Either way the file is read at most twice, and the first post's time comes with it.
/// </summary>
public static class SortedReplaySource
{
    public static async Task<ReplayOrder> EnsureSortedAsync(IPostSource source, CancellationToken ct = default)
    {
        DateTimeOffset? first = null;
        var previous = DateTimeOffset.MinValue;
        await foreach (var item in source.ReadAsync(null, ct))
        {
            if (item.Post is not { } post)
                continue;
            if (post.CreatedAt < previous)
                return await SortAsync(source, ct);
            first ??= post.CreatedAt;
            previous = post.CreatedAt;
        }

        return new ReplayOrder(source, first);
    }

    private static async Task<ReplayOrder> SortAsync(IPostSource source, CancellationToken ct)
    {
        var items = new List<SourceItem>();
        await foreach (var item in source.ReadAsync(null, ct))
        {
            // A bare position (progress, a watermark) means nothing once the order changes.
            if (item.Post is not null || item.Error is not null)
                items.Add(item);
        }

        // Broken records first (they have no time), then posts by creation time; OrderBy is stable.
        var ordered = items.OrderBy(i => i.Post is null ? DateTimeOffset.MinValue : i.Post.CreatedAt).ToList();
        var first = ordered.Find(i => i.Post is not null)?.Post?.CreatedAt;
        return new ReplayOrder(new Sorted(source.Id, ordered), first);
    }

    private sealed class Sorted(string innerId, List<SourceItem> ordered) : IPostSource
    {
        public string Id => innerId + "#sorted";

#pragma warning disable CS1998 // the items are in memory; the interface is async for the sources that are not
        public async IAsyncEnumerable<SourceItem> ReadAsync(string? resumeAfter, [EnumeratorCancellation] CancellationToken ct = default)
#pragma warning restore CS1998
        {
            var skip = resumeAfter is not null && int.TryParse(resumeAfter, NumberStyles.Integer, CultureInfo.InvariantCulture, out var done) ? done : 0;
            for (var i = skip; i < ordered.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                var position = (i + 1).ToString(CultureInfo.InvariantCulture);
                var item = ordered[i];
                yield return item.Post is { } post
                    ? SourceItem.Of(position, post) with { Capped = item.Capped }
                    : SourceItem.Malformed(item.Error! with { Position = position });
            }
        }
    }
}
