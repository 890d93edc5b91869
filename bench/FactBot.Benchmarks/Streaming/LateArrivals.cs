using System.Text.Json;
using FactBot.Core.Posts;

namespace FactBot.Benchmarks.Streaming;

/// <summary>
/// Delays a share of a stream's posts by up to <c>max</c> (uniform, seeded), as the TikTok Research API or a poll after
/// an outage would: a delayed post comes out after the first on-time post made after its arrival time.
/// </summary>
/// <remarks>Held posts are
/// kept as UTF-8 JSON (a few hundred bytes without references) rather than as objects, so the harness's backlog weighs
/// little on the memory and the garbage collections measured for FactBot; turning them back into posts is generation
/// time, not counted.
/// </remarks>
internal static class LateArrivals
{
    /// <summary>The most posts held back at once by any delayed stream (what the generator keeps alive, not FactBot).</summary>
    public static int MostHeld { get; private set; }

    public static IEnumerable<Post> Delay(IEnumerable<Post> posts, double share, TimeSpan max, int seed)
    {
        var random = new Random(seed);
        var held = new PriorityQueue<byte[], long>();
        foreach (var post in posts)
        {
            while (held.TryPeek(out var due, out var at) && at <= post.CreatedAt.UtcTicks)
            {
                held.Dequeue();
                yield return JsonSerializer.Deserialize<Post>(due)!;
            }

            if (random.NextDouble() < share)
            {
                var json = JsonSerializer.SerializeToUtf8Bytes(post);
                if (MostHeld < 100)
                    CheckRoundTrip(post, json);
                held.Enqueue(json, post.CreatedAt.UtcTicks + (long)(random.NextDouble() * max.Ticks));
                MostHeld = Math.Max(MostHeld, held.Count);
            }
            else
                yield return post;
        }

        while (held.TryDequeue(out var rest, out _))
            yield return JsonSerializer.Deserialize<Post>(rest)!;
    }

    // What detection reads must come back the same, or the late runs would judge other posts than the in-order ones.
    private static void CheckRoundTrip(Post post, byte[] json)
    {
        var back = JsonSerializer.Deserialize<Post>(json)!;
        var same = back.Key == post.Key && back.CreatedAt == post.CreatedAt && back.AuthorKey == post.AuthorKey
            && back.AuthorHandle == post.AuthorHandle && back.Text == post.Text && back.SoundId == post.SoundId
            && back.Url == post.Url && back.Hashtags.SequenceEqual(post.Hashtags)
            && back.MediaFingerprints.SequenceEqual(post.MediaFingerprints) && Equals(back.AuthorLabel, post.AuthorLabel);
        if (!same)
            throw new InvalidOperationException($"A held post did not survive its JSON round trip: {post.Key}.");
    }
}
