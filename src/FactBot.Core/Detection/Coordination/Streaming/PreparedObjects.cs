using System.Collections.Concurrent;
using FactBot.Core.Detection.Coordination.Objects;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// The object ids of a batch's posts, computed ahead (normalising and MinHashing captions is most of the per-post
/// cost) on several threads at once: each range of posts writes only its own slots, with a key builder of its own.
/// A post with more objects than a slot holds (many hashtags or links) is left to be computed when observed.
/// </summary>
internal sealed class PreparedObjects(Func<ObjectKeyBuilder> newBuilder)
{
    private const int Slot = 24;
    private readonly ConcurrentBag<(ObjectKeyBuilder Builder, List<ObjectRef> Scratch)> _builders = [];
    private ObjectRef[] _objects = [];
    private int[] _counts = [];

    public void Begin(int count)
    {
        if (_counts.Length < count)
        {
            _counts = new int[count];
            _objects = new ObjectRef[count * Slot];
        }

        Array.Fill(_counts, -1, 0, count);
    }

    public void Prepare(IReadOnlyList<Post> posts, IReadOnlyList<WatchedTarget>[] targets, int start, int end, bool watchedOnly)
    {
        var (builder, scratch) = _builders.TryTake(out var rented) ? rented : (newBuilder(), new List<ObjectRef>(Slot));
        for (var i = start; i < end; i++)
        {
            if (watchedOnly && targets[i].Count == 0)
                continue;
            builder.BuildIds(posts[i], scratch);
            if (scratch.Count > Slot)
                continue;
            scratch.CopyTo(_objects, i * Slot);
            _counts[i] = scratch.Count;
        }

        _builders.Add((builder, scratch));
    }

    /// <summary>The prepared objects of post <paramref name="index"/>; false when they were not prepared.</summary>
    public bool TryGet(int index, out ReadOnlySpan<ObjectRef> objects)
    {
        if (index >= _counts.Length || _counts[index] < 0)
        {
            objects = default;
            return false;
        }

        objects = _objects.AsSpan(index * Slot, _counts[index]);
        return true;
    }
}
