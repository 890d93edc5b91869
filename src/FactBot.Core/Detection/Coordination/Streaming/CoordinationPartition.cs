using FactBot.Core.Alerts;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// The co-share network of one platform's posts, with its own event-time look-back: it ends at the newest post of that
/// platform, so a feed days behind (the TikTok Research API) pairs its posts as if they had come live even while a
/// live feed (Mastodon, Telegram) runs beside it. Accounts never span platforms, so neither do coordinated groups.
/// </summary>
internal sealed class CoordinationPartition
{
    private readonly CoordinationOptions _options;
    private readonly GroupTracker _tracker = new();
    private readonly GroupSignalBuilder _signals;
    private long _builtVersion = -1;
    private double _builtThreshold = double.NaN;

    public CoordinationPartition(CoordinationOptions options)
    {
        _options = options;
        Engine = new CoShareEngine(options);
        _signals = new GroupSignalBuilder(options, Engine);
    }

    public CoShareEngine Engine { get; }

    /// <summary>The newest creation time among this platform's posts: the look-back is measured back from it.</summary>
    public long Newest { get; private set; } = long.MinValue;

    public void Saw(long ticks) => Newest = Math.Max(Newest, ticks);

    /// <summary>Expires what left the look-back and announces the groups that formed or grew since the last step.</summary>
    public void Advance(DateTimeOffset now, List<DetectionSignal> signals)
    {
        // Never past the clock, and never further back than the allowed lateness on the clock.
        var end = Math.Max(Math.Min(now.UtcTicks, Newest), now.UtcTicks - _options.AllowedLateness.Ticks);
        Engine.ExpireBefore(new DateTimeOffset(end, TimeSpan.Zero) - _options.Lookback);

        // The groups can only change when an edge heavy enough to be coordinated changed, or θ moved.
        var threshold = Engine.Network.Cut(_options.EdgeWeight);
        if (Engine.Network.Version == _builtVersion && threshold.Equals(_builtThreshold))
            return;
        _builtVersion = Engine.Network.Version;
        _builtThreshold = threshold;

        foreach (var group in _tracker.Track(Engine.Components(threshold)))
        {
            if (!group.Changed)
                continue;
            signals.Add(_signals.Build(group));
            _tracker.MarkAnnounced(group);
        }
    }
}
