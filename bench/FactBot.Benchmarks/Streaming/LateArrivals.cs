using FactBot.Core.Posts;

namespace FactBot.Benchmarks.Streaming;

/// <summary>
/// Delays a share of a stream's posts by up to <c>max</c> (uniform, seeded), as the TikTok Research API or a poll after
/// an outage would: a delayed post comes out after the first on-time post made after its arrival time.
/// </summary>
internal static class LateArrivals
{
    /// <summary>The most posts held back at once by any delayed stream (what the generator keeps alive, not FactBot).</summary>
    public static int MostHeld { get; private set; }

    public static IEnumerable<Post> Delay(IEnumerable<Post> posts, double share, TimeSpan max, int seed)
    {
        var random = new Random(seed);
        var held = new PriorityQueue<Post, long>();
        foreach (var post in posts)
        {
            while (held.TryPeek(out var due, out var at) && at <= post.CreatedAt.UtcTicks)
            {
                held.Dequeue();
                yield return due;
            }

            if (random.NextDouble() < share)
            {
                held.Enqueue(post, post.CreatedAt.UtcTicks + (long)(random.NextDouble() * max.Ticks));
                MostHeld = Math.Max(MostHeld, held.Count);
            }
            else
                yield return post;
        }

        while (held.TryDequeue(out var rest, out _))
            yield return rest;
    }
}
