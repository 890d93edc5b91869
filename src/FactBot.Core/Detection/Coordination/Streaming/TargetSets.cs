using System.Runtime.CompilerServices;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// The watched-target lists posts matched, interned: posts with the same targets share one id and one array, so the
/// detector keeps 4 bytes a post instead of a list. The matcher hands out the same <see cref="WatchedTarget"/>
/// instances for as long as the watchlists stand, so lists compare by reference. A watchlist change adds the new
/// instances' lists; the old ones stay (a few bytes per combination), which is fine for changes made by hand.
/// </summary>
internal sealed class TargetSets
{
    private readonly List<WatchedTarget[]> _sets = [[]];
    private readonly Dictionary<int, List<int>> _byHash = [];

    public IReadOnlyList<WatchedTarget> this[int id] => _sets[id];

    public int Count => _sets.Count;

    public int Intern(IReadOnlyList<WatchedTarget> targets)
    {
        if (targets.Count == 0)
            return 0;

        var hash = targets.Count;
        for (var i = 0; i < targets.Count; i++)
            hash = HashCode.Combine(hash, RuntimeHelpers.GetHashCode(targets[i]));

        if (!_byHash.TryGetValue(hash, out var candidates))
            _byHash[hash] = candidates = [];
        foreach (var id in candidates)
        {
            if (SameTargets(_sets[id], targets))
                return id;
        }

        _sets.Add([.. targets]);
        candidates.Add(_sets.Count - 1);
        return _sets.Count - 1;
    }

    private static bool SameTargets(WatchedTarget[] set, IReadOnlyList<WatchedTarget> targets)
    {
        if (set.Length != targets.Count)
            return false;
        for (var i = 0; i < set.Length; i++)
        {
            if (!ReferenceEquals(set[i], targets[i]))
                return false;
        }

        return true;
    }
}
