using System.Runtime.InteropServices;
using FactBot.Core.Alerts;
using FactBot.Core.Detection.Coordination.Objects;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// CooRTweet's coordinated-sharing method, live and on any object key (sound, sound+tags, caption, near-identical
/// text, hashtag, URL). Each post pairs with earlier shares of its objects by other accounts within the time window;
/// account pairs add up co-shares over the lookback; edges above the weight quantile (and ≥ the minimum) are
/// coordinated; each connected component is announced as one group, again whenever it grows. Objects that trend
/// (too many accounts in one window, or over the lookback) give no co-shares, so organic popularity forms no groups.
/// </summary>
/// <remarks>
/// Deliberate differences from the batch form: no min-participation filter (the minimum edge weight plays its part),
/// one co-share per post pair however many objects it shares, a post seen twice is counted once (ingest is
/// idempotent), and the trending discounts. With one key per post, discounts off and min participation aside, the
/// co-share pairs and edge weights are CooRTweet's. The network is kept incrementally (<see cref="CoShareNetwork"/>),
/// so each minute's check costs what the heavy edges cost, whatever the traffic. Time is the posts' creation time: the
/// look-back is measured back from the newest post seen, so a feed days behind is judged as it would have been live; each platform has its own network and look-back
/// (<see cref="CoordinationPartition"/>), so a lagging source beside a live one is judged on its own time too.
/// </remarks>
public sealed class StreamingCoordinationDetector : IPreparingDetector
{
    private readonly CoordinationOptions _options;
    private readonly ObjectKeyBuilder _keys;
    private readonly List<ObjectRef> _objects = [];
    private readonly PreparedObjects _prepared;

    // One network per platform, in a fixed order (by name) so the signals of a step do not depend on which platform
    // happened to post first; the last one used is kept at hand, as posts come in runs from one source.
    private readonly SortedDictionary<string, CoordinationPartition> _partitions = new(StringComparer.Ordinal);
    private string? _lastPlatform;
    private CoordinationPartition? _last;
    private long _lastStep = long.MinValue;

    public StreamingCoordinationDetector(CoordinationOptions options)
    {
        _options = options;
        _keys = new ObjectKeyBuilder(options.Objects, options.MinCaptionWords);
        _prepared = new PreparedObjects(() => new ObjectKeyBuilder(options.Objects, options.MinCaptionWords));
    }

    public string Name => "coordination";

    /// <summary>The co-shares currently inside the lookback (for tests, the batch comparison and diagnostics).</summary>
    internal IReadOnlyList<CoShare> CoShares => Engine.CoShares;

    /// <summary>The network of the one platform seen (tests and the bench feed one); an empty one before any post.</summary>
    internal CoShareEngine Engine => _partitions.Count switch
    {
        0 => new CoShareEngine(_options),
        1 => _partitions.First().Value.Engine,
        _ => throw new InvalidOperationException("Posts of several platforms were seen: ask for one platform's network."),
    };

    /// <summary>One platform's network, or null if none of its posts were seen.</summary>
    internal CoShareEngine? EngineFor(string platform) => _partitions.GetValueOrDefault(platform)?.Engine;

    public void Observe(Post post, IReadOnlyList<WatchedTarget> targets)
    {
        if (_options.WatchedOnly && targets.Count == 0)
            return;

        _keys.BuildIds(post, _objects);
        Add(post, targets, CollectionsMarshal.AsSpan(_objects));
    }

    /// <inheritdoc />
    public void BeginBatch(int count) => _prepared.Begin(count);

    /// <inheritdoc />
    public void Prepare(IReadOnlyList<Post> posts, IReadOnlyList<WatchedTarget>[] targets, int start, int end) =>
        _prepared.Prepare(posts, targets, start, end, _options.WatchedOnly);

    /// <inheritdoc />
    public void ObservePrepared(int index, Post post, IReadOnlyList<WatchedTarget> targets)
    {
        if (_options.WatchedOnly && targets.Count == 0)
            return;
        if (_prepared.TryGet(index, out var objects))
            Add(post, targets, objects);
        else
            Observe(post, targets);
    }

    private void Add(Post post, IReadOnlyList<WatchedTarget> targets, ReadOnlySpan<ObjectRef> objects)
    {
        if (objects.IsEmpty)
            return;

        var partition = PartitionOf(post.Platform);
        partition.Saw(post.CreatedAt.UtcTicks);
        var engine = partition.Engine;
        var made = engine.Add(
            new PostIdentity(post.Platform, post.PlatformPostId), post.AuthorKey, post.AuthorHandle, post.CreatedAt.UtcTicks,
            post.Url, targets, post.AuthorLabel, objects);

        // Readable keys and labels are built only for objects that entered a co-share: rare next to posts.
        if (made > 0 && engine.NeedsLabels)
        {
            foreach (var key in _keys.Build(post))
                engine.Register(key);
        }
    }

    private CoordinationPartition PartitionOf(string platform)
    {
        if (_last is not null && string.Equals(platform, _lastPlatform, StringComparison.Ordinal))
            return _last;
        if (!_partitions.TryGetValue(platform, out var partition))
            _partitions[platform] = partition = new CoordinationPartition(_options, _lastStep);
        (_lastPlatform, _last) = (platform, partition);
        return partition;
    }

    public IReadOnlyList<DetectionSignal> Advance(DateTimeOffset now)
    {
        _lastStep = now.UtcTicks;
        var signals = new List<DetectionSignal>();
        foreach (var partition in _partitions.Values)
            partition.Advance(now, signals);
        return signals;
    }

    /// <summary>Co-shares are target-agnostic and expire with the lookback, so nothing is dropped here.</summary>
    public void SetWatched(IReadOnlyCollection<WatchedTarget> watched)
    {
    }
}
