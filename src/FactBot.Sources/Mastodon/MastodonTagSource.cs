using System.Globalization;
using System.Runtime.CompilerServices;
using FactBot.Core.Abstractions;
using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.Core.Sources;

namespace FactBot.Sources.Mastodon;

/// <summary>
/// One hashtag timeline on one instance, read forward: from just after the checkpointed status id (or the newest
/// page on the first run), oldest first, following each page's <c>rel="prev"</c> link to newer statuses until a
/// page is empty. Positions are instance-local status ids, so the pipeline's checkpoint is the newest id stored.
/// A failure ends the read and is kept in <see cref="Failure"/> (an <see cref="IPostSource"/> can only yield posts).
/// </summary>
internal sealed class MastodonTagSource(
    MastodonInstance instance,
    string hashtag,
    MastodonClient client,
    MastodonRateGate gate,
    MastodonOptions options,
    TimeProvider time) : IPostSource
{
    // Used when an instance asks us to slow down without saying until when: one whole Mastodon window.
    private static readonly TimeSpan FallbackWindow = TimeSpan.FromMinutes(5);

    public string Id { get; } = $"mastodon:{instance.Key}#{hashtag}";

    /// <summary>HTTP requests made by the last read.</summary>
    public int Requests { get; private set; }

    /// <summary>Why the last read stopped early, or null when it read everything it was allowed to.</summary>
    public Error? Failure { get; private set; }

    public async IAsyncEnumerable<SourceItem> ReadAsync(string? resumeAfter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        Requests = 0;
        Failure = null;
        var cursor = resumeAfter ?? "";
        var url = instance.TagTimeline(hashtag, options.PageSize, resumeAfter);
        var started = time.GetUtcNow();
        for (var page = 0; page < options.MaxPagesPerPoll; page++)
        {
            var now = time.GetUtcNow();
            if (gate.ParkedUntil(instance.Key, now) is { } until)
            {
                Failure = new RateLimited(until - now, $"{instance}: rate-limit reserve reached; #{hashtag} waits until {until.ToString("u", CultureInfo.InvariantCulture)}.");
                yield break;
            }

            Requests++;
            var result = await client.GetPageAsync(instance, hashtag, url, ct);
            if (!result.IsSuccess)
            {
                // An unknown tag is a timeline with nothing on it yet, not a fault of the instance.
                if (result.Error is not NotFound)
                    Failure = result.Error;
                if (result.Error is RateLimited limited)
                    gate.Park(instance.Key, now + limited.RetryAfter);
                yield break;
            }

            var current = result.Value;
            gate.Observe(instance.Key, current.RateLimit, options.RateLimitReserve, now, FallbackWindow);
            foreach (var status in current.Statuses)
            {
                // A status without an id cannot be a checkpoint; it shares the position of the one before it.
                cursor = status.Id ?? cursor;
                var where = $"{Id} status {status.Id ?? "without id"}";
                yield return status.Post.IsSuccess
                    ? CheckedItem.Of(status.Post.Value, now, cursor, where)
                    : SourceItem.Malformed(cursor, $"{where}: {status.Post.Error.Message}", (status.Post.Error as MalformedRecord)?.Field);
            }

            if (current.Statuses.Count == 0 || current.Newer is not { } newer)
            {
                // Caught up: everything posted before this poll began is in (bar the live delay).
                if (cursor.Length > 0)
                    yield return Watermarks.Complete(cursor, started - Watermarks.LiveDelay);
                yield break;
            }
            if (!instance.Owns(newer))
            {
                Failure = new Unavailable($"{instance}: its paging link points to {newer.Authority}; not followed.");
                yield break;
            }

            url = newer;
        }
    }
}
