using FactBot.Core.Alerts;
using FactBot.Core.Detection;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;

namespace FactBot.TestKit.Detection;

/// <summary>Records what it observes and emits the signals a test queues for the next Advance.</summary>
public sealed class RecordingDetector : IDetector
{
    private readonly List<DetectionSignal> _pending = [];

    public string Name => "recording";

    public List<Post> Observed { get; } = [];

    public List<DateTimeOffset> Advances { get; } = [];

    /// <summary>
    /// Every call in order: <c>observe:key</c> (with <c>[targets]</c> when the post matched any) and <c>advance:ticks</c>
    /// (interleaving matters for rebuilds, and so does what each post was matched against).
    /// </summary>
    public List<string> Log { get; } = [];

    public IReadOnlyCollection<WatchedTarget> Watched { get; private set; } = [];

    public void Emit(DetectionSignal signal) => _pending.Add(signal);

    /// <summary>When set, observing a post it matches throws (a detector with a bug).</summary>
    public Func<Post, bool>? FailWhen { get; init; }

    public void Observe(Post post, IReadOnlyList<WatchedTarget> targets)
    {
        if (FailWhen?.Invoke(post) == true)
            throw new InvalidOperationException($"detector failed on {post.Key}");
        Observed.Add(post);
        Log.Add("observe:" + post.Key + (targets.Count == 0 ? "" : "[" + string.Join(",", targets.Select(t => t.Target.Key)) + "]"));
    }

    public IReadOnlyList<DetectionSignal> Advance(DateTimeOffset now)
    {
        Advances.Add(now);
        Log.Add("advance:" + now.UtcTicks);
        var signals = _pending.ToList();
        _pending.Clear();
        return signals;
    }

    public void SetWatched(IReadOnlyCollection<WatchedTarget> watched) => Watched = watched;
}
