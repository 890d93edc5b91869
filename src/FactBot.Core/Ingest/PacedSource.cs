using System.Runtime.CompilerServices;
using FactBot.Core.Abstractions;
using FactBot.Core.Sources;

namespace FactBot.Core.Ingest;

/// <summary>
/// A replay at ×<c>speed</c> of the posts' own pace: holds each post back by the time since the previous one, divided
/// by the speed, on real time. Kept before the ingest driver so no store scope is ever open while it waits.
/// </summary>
public sealed class PacedSource(IPostSource inner, double speed, TimeProvider time) : IPostSource
{
    // Sub-millisecond waits are not worth a timer; the debt is paid once it is noticeable.
    private static readonly TimeSpan Noticeable = TimeSpan.FromMilliseconds(10);

    public string Id => inner.Id;

    public async IAsyncEnumerable<SourceItem> ReadAsync(string? resumeAfter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        DateTimeOffset? previous = null;
        var debt = TimeSpan.Zero;
        await foreach (var item in inner.ReadAsync(resumeAfter, ct))
        {
            if (item.Post is { } post)
            {
                if (previous is { } last && post.CreatedAt > last)
                {
                    debt += (post.CreatedAt - last) / speed;
                    if (debt >= Noticeable)
                    {
                        await Task.Delay(debt, time, ct);
                        debt = TimeSpan.Zero;
                    }
                }

                if (previous is null || post.CreatedAt > previous)
                    previous = post.CreatedAt;
            }

            yield return item;
        }
    }
}
