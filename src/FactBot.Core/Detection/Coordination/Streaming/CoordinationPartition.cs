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

    // Late posts come in bursts (a poll of a lagging API, a file): groups are announced once a step passes with none
    // new, so a wave that arrives in pieces is announced whole, not fragment by fragment; but at least every hour.
    private long _lastStep;
    private bool _lateArrived;
    private long? _holdingSince;

    /// <param name="lastStep">The clock at the detector's last step (ticks; long.MinValue before any): a platform's first
    /// posts can be late too.</param>
    public CoordinationPartition(CoordinationOptions options, long lastStep = long.MinValue)
    {
        _options = options;
        _lastStep = lastStep;
        Engine = new CoShareEngine(options);
        _signals = new GroupSignalBuilder(options, Engine);
    }

    public CoShareEngine Engine { get; }

    /// <summary>The newest creation time among this platform's posts: the look-back is measured back from it.</summary>
    public long Newest { get; private set; } = long.MinValue;

    /// <summary>A post older than this when it arrives (on the clock of the last step) is late.</summary>
    public static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(10);

    /// <summary>Announcing waits at most this long for a burst of late posts to end.</summary>
    public static readonly TimeSpan MaxHold = TimeSpan.FromHours(1);

    public void Saw(long ticks)
    {
        Newest = Math.Max(Newest, ticks);
        _lateArrived |= _lastStep != long.MinValue && ticks < _lastStep - LateAfter.Ticks;
    }

    /// <summary>Expires what left the look-back and announces the groups that formed or grew since the last step.</summary>
    public void Advance(DateTimeOffset now, List<DetectionSignal> signals)
    {
        // Never past the clock, and never further back than the allowed lateness on the clock.
        var end = Math.Max(Math.Min(now.UtcTicks, Newest), now.UtcTicks - _options.AllowedLateness.Ticks);
        Engine.ExpireBefore(new DateTimeOffset(end, TimeSpan.Zero) - _options.Lookback);

        _lastStep = now.UtcTicks;
        if (Holding(now.UtcTicks))
            return;

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

    // Whether late posts came since the last step (and have not been held back for an hour already).
    private bool Holding(long now)
    {
        var late = _lateArrived;
        _lateArrived = false;
        if (!late)
        {
            _holdingSince = null;
            return false;
        }

        _holdingSince ??= now;
        if (now - _holdingSince.Value < MaxHold.Ticks)
            return true;
        _holdingSince = null;
        return false;
    }
}
