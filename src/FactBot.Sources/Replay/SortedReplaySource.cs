using System.Globalization;
using System.Runtime.CompilerServices;
using FactBot.Core.Abstractions;
using FactBot.Core.Sources;

namespace FactBot.Sources.Replay;

/// <summary>
/// Replay must see posts in creation order (API pages come newest first). A source already in order streams
/// through untouched; otherwise it is read once, stably sorted in memory, and positions become indexes into that
/// order, which a re-read reproduces, so a killed replay still resumes exactly.
/// </summary>
public static class SortedReplaySource
{
    public static async Task<IPostSource> EnsureSortedAsync(IPostSource source, CancellationToken ct = default)
    {
        var previous = DateTimeOffset.MinValue;
        await foreach (var item in source.ReadAsync(null, ct))
        {
            if (item.Post is not { } post)
                continue;
            if (post.CreatedAt < previous)
                return new Sorted(source);
            previous = post.CreatedAt;
        }

        return source;
    }

    private sealed class Sorted(IPostSource inner) : IPostSource
    {
        public string Id => inner.Id + "#sorted";

        public async IAsyncEnumerable<SourceItem> ReadAsync(string? resumeAfter, [EnumeratorCancellation] CancellationToken ct = default)
        {
            var items = new List<SourceItem>();
            await foreach (var item in inner.ReadAsync(null, ct))
            {
                // A bare position (progress) means nothing once the order changes.
                if (item.Post is not null || item.Error is not null)
                    items.Add(item);
            }

            // Broken records first (they have no time), then posts by creation time; OrderBy is stable.
            var ordered = items.OrderBy(i => i.Post is null ? DateTimeOffset.MinValue : i.Post.CreatedAt).ToList();
            var skip = resumeAfter is not null && int.TryParse(resumeAfter, NumberStyles.Integer, CultureInfo.InvariantCulture, out var done) ? done : 0;
            for (var i = skip; i < ordered.Count; i++)
            {
                var position = (i + 1).ToString(CultureInfo.InvariantCulture);
                var item = ordered[i];
                yield return item.Post is { } post
                    ? SourceItem.Of(position, post)
                    : SourceItem.Malformed(item.Error! with { Position = position });
            }
        }
    }
}
