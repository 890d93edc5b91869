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
/// look-back is measured back from the newest post seen, so a feed days behind is judged as it would have been live.
/// </remarks>
public sealed class StreamingCoordinationDetector : IPreparingDetector
{
    private readonly CoordinationOptions _options;
    private readonly ObjectKeyBuilder _keys;
    private readonly CoShareEngine _engine;
    private readonly GroupTracker _tracker = new();
    private readonly GroupSignalBuilder _signals;
    private readonly List<ObjectRef> _objects = [];
    private readonly PreparedObjects _prepared;
    private long _builtVersion = -1;

    // The newest creation time among the posts seen: the look-back is measured back from it, not from the clock, so
    // a feed that is days behind (the TikTok Research API) keeps its own last day of shares to pair with.
    private long _newest = long.MinValue;
    private double _builtThreshold = double.NaN;

    public StreamingCoordinationDetector(CoordinationOptions options)
    {
        _options = options;
        _keys = new ObjectKeyBuilder(options.Objects, options.MinCaptionWords);
        _engine = new CoShareEngine(options);
        _signals = new GroupSignalBuilder(options, _engine);
        _prepared = new PreparedObjects(() => new ObjectKeyBuilder(options.Objects, options.MinCaptionWords));
    }

    public string Name => "coordination";

    /// <summary>The co-shares currently inside the lookback (for tests, the batch comparison and diagnostics).</summary>
    internal IReadOnlyList<CoShare> CoShares => _engine.CoShares;

    internal CoShareEngine Engine => _engine;

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

        _newest = Math.Max(_newest, post.CreatedAt.UtcTicks);
        var made = _engine.Add(
            new PostIdentity(post.Platform, post.PlatformPostId), post.AuthorKey, post.AuthorHandle, post.CreatedAt.UtcTicks,
            post.Url, targets, post.AuthorLabel, objects);

        // Readable keys and labels are built only for objects that entered a co-share: rare next to posts.
        if (made > 0 && _engine.NeedsLabels)
        {
            foreach (var key in _keys.Build(post))
                _engine.Register(key);
        }
    }

    public IReadOnlyList<DetectionSignal> Advance(DateTimeOffset now)
    {
        // Event time: the look-back ends at the newest post (never past the clock), so late posts pair as they would have
        // live; and never further back than the allowed lateness on the clock.
        var end = Math.Max(Math.Min(now.UtcTicks, _newest), now.UtcTicks - _options.AllowedLateness.Ticks);
        _engine.ExpireBefore(new DateTimeOffset(end, TimeSpan.Zero) - _options.Lookback);

        // The groups can only change when an edge heavy enough to be coordinated changed, or θ moved.
        var threshold = _engine.Network.Cut(_options.EdgeWeight);
        if (_engine.Network.Version == _builtVersion && threshold.Equals(_builtThreshold))
            return [];
        _builtVersion = _engine.Network.Version;
        _builtThreshold = threshold;

        var groups = _tracker.Track(_engine.Components(threshold));
        var signals = new List<DetectionSignal>();
        foreach (var group in groups.Where(group => group.Changed))
        {
            signals.Add(_signals.Build(group));
            _tracker.MarkAnnounced(group);
        }

        return signals;
    }

    /// <summary>Co-shares are target-agnostic and expire with the lookback, so nothing is dropped here.</summary>
    public void SetWatched(IReadOnlyCollection<WatchedTarget> watched)
    {
    }
}
