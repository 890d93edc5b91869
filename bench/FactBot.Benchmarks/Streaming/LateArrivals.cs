using System.Text.Json;
using FactBot.Core.Posts;
using Microsoft.Win32.SafeHandles;

namespace FactBot.Benchmarks.Streaming;

/// <summary>
/// Delays a share of a stream's posts by up to <c>max</c> (uniform, seeded), as the TikTok Research API or a poll after
/// an outage would: a delayed post comes out after the first on-time post made after its arrival time, with its
/// arrival time as <see cref="Post.ObservedAt"/>; after the last on-time post the rest come out in arrival order, so
/// the harness's clock runs on to their arrival (as it would: the late data is still coming) instead of all of them
/// landing in one step.
/// </summary>
/// <remarks>
/// Held posts wait in a temporary file (as UTF-8 JSON; only their place in it stays in memory), as they would wait on
/// the platform's side: the backlog is not FactBot's, so it must not weigh on the memory and garbage collections
/// measured for FactBot. Turning them back into posts is generation time, not counted.
/// </remarks>
internal static class LateArrivals
{
    /// <summary>The most posts held back at once by any delayed stream (what the generator keeps aside, not FactBot).</summary>
    public static int MostHeld { get; private set; }

    public static IEnumerable<Post> Delay(IEnumerable<Post> posts, double share, TimeSpan max, int seed)
    {
        var random = new Random(seed);
        var held = new PriorityQueue<(long Offset, int Length), long>();
        var path = Path.Combine(Path.GetTempPath(), $"factbot-late-{Guid.NewGuid():N}.jsonl");
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
        long end = 0;
        var checkedPosts = 0;
        foreach (var post in posts)
        {
            while (held.TryPeek(out var due, out var at) && at <= post.CreatedAt.UtcTicks)
            {
                held.Dequeue();
                yield return Read(handle, due, at);
            }

            if (random.NextDouble() < share)
            {
                var json = JsonSerializer.SerializeToUtf8Bytes(post);
                if (checkedPosts++ < 100)
                    CheckRoundTrip(post, json);
                RandomAccess.Write(handle, json, end);
                held.Enqueue((end, json.Length), post.CreatedAt.UtcTicks + (long)(random.NextDouble() * max.Ticks));
                end += json.Length;
                MostHeld = Math.Max(MostHeld, held.Count);
            }
            else
                yield return post;
        }

        while (held.TryDequeue(out var rest, out var arrival))
            yield return Read(handle, rest, arrival);
    }

    private static Post Read(SafeFileHandle handle, (long Offset, int Length) place, long arrival)
    {
        var json = new byte[place.Length];
        var read = 0;
        while (read < json.Length)
            read += RandomAccess.Read(handle, json.AsSpan(read), place.Offset + read);
        return JsonSerializer.Deserialize<Post>(json)! with { ObservedAt = new DateTimeOffset(arrival, TimeSpan.Zero) };
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
