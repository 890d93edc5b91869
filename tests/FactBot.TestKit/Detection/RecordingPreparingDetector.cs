using FactBot.Core.Alerts;
using FactBot.Core.Detection;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;

namespace FactBot.TestKit.Detection;

/// <summary>
/// A preparing detector that records what it observes and counts every post observed before its preparation was
/// done (or prepared twice), which the engine must never allow.
/// </summary>
public sealed class RecordingPreparingDetector : IPreparingDetector
{
    private int[] _prepared = [];
    private int _violations;

    public string Name => "recording-preparing";

    public List<Post> Observed { get; } = [];

    public int Violations => Volatile.Read(ref _violations);

    public void BeginBatch(int count) => _prepared = new int[count];

    public void Prepare(IReadOnlyList<Post> posts, IReadOnlyList<WatchedTarget>[] targets, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (Interlocked.Increment(ref _prepared[i]) != 1 || targets[i] is null)
                Interlocked.Increment(ref _violations);
        }
    }

    public void ObservePrepared(int index, Post post, IReadOnlyList<WatchedTarget> targets)
    {
        if (Volatile.Read(ref _prepared[index]) != 1)
            Interlocked.Increment(ref _violations);
        Observed.Add(post);
    }

    public void Observe(Post post, IReadOnlyList<WatchedTarget> targets) => Observed.Add(post);

    public IReadOnlyList<DetectionSignal> Advance(DateTimeOffset now) => [];

    public void SetWatched(IReadOnlyCollection<WatchedTarget> watched)
    {
    }
}
