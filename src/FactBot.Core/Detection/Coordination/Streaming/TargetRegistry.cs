using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// Numbers the watched targets the post table has seen, so a post keeps its targets as a few <c>int</c>s. Targets are
/// numbered by value, so a watchlist reload that makes new but equal objects adds nothing; the matcher's objects are
/// looked up by reference first, which is cheaper than hashing their fields for every post.
/// </summary>
internal sealed class TargetRegistry
{
    private readonly Dictionary<WatchedTarget, int> _byValue = [];
    private readonly Dictionary<WatchedTarget, int> _byReference = new(ReferenceEqualityComparer.Instance);
    private readonly List<WatchedTarget> _targets = [];

    public int Count => _targets.Count;

    public int IdOf(WatchedTarget target)
    {
        if (_byReference.TryGetValue(target, out var id))
            return id;
        if (!_byValue.TryGetValue(target, out id))
        {
            id = _targets.Count;
            _targets.Add(target);
            _byValue.Add(target, id);
        }

        // The reference map is only a cache: objects of earlier reloads would otherwise pile up in it.
        if (_byReference.Count >= (2 * _byValue.Count) + 1024)
            _byReference.Clear();
        _byReference[target] = id;
        return id;
    }

    public WatchedTarget[] Resolve(ReadOnlySpan<int> ids)
    {
        var targets = new WatchedTarget[ids.Length];
        for (var i = 0; i < ids.Length; i++)
            targets[i] = _targets[ids[i]];
        return targets;
    }
}
