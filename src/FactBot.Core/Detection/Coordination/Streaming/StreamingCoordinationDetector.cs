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
/// co-share pairs and edge weights are CooRTweet's.
/// </remarks>
public sealed class StreamingCoordinationDetector : IDetector
{
    private readonly CoordinationOptions _options;
    private readonly ObjectKeyBuilder _keys;
    private readonly CoShareEngine _engine;
    private readonly GroupTracker _tracker = new();
    private readonly GroupSignalBuilder _signals;
    private long _builtVersion = -1;

    public StreamingCoordinationDetector(CoordinationOptions options)
    {
        _options = options;
        _keys = new ObjectKeyBuilder(options.Objects, options.MinCaptionWords);
        _engine = new CoShareEngine(options);
        _signals = new GroupSignalBuilder(options, _engine);
    }

    public string Name => "coordination";

    /// <summary>The co-shares currently inside the lookback (for tests, the batch comparison and diagnostics).</summary>
    internal IReadOnlyList<CoShare> CoShares => _engine.CoShares;

    internal CoShareEngine Engine => _engine;

    public void Observe(Post post, IReadOnlyList<WatchedTarget> targets)
    {
        if (_options.WatchedOnly && targets.Count == 0)
            return;

        var keys = _keys.Build(post);
        if (keys.Count == 0)
            return;

        var shared = new SharedPost(post.Key, post.AuthorKey, post.AuthorHandle, post.CreatedAt, post.Url, targets, post.AuthorLabel);
        _engine.Add(shared, keys);
    }

    public IReadOnlyList<DetectionSignal> Advance(DateTimeOffset now)
    {
        _engine.ExpireBefore(now - _options.Lookback);

        // Nothing arrived or expired since the last build: the groups, and so the announcements, are unchanged.
        if (_engine.Version == _builtVersion)
            return [];
        _builtVersion = _engine.Version;

        var graph = CurrentGraph();
        var groups = _tracker.Track(graph.Components());

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

    /// <summary>The network over the co-shares that count now (trending objects discounted).</summary>
    internal CoordinationGraph CurrentGraph() =>
        CoordinationGraph.Build(_engine.CoShares.Where(_engine.Counts), _options.EdgeWeight, _options.MinEdgeWeight);
}
