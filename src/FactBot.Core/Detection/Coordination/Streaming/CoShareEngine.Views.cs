using FactBot.Core.Detection.Coordination.Objects;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>The engine's read side: the coordinated groups now, and co-shares as readable records for evidence and tests.</summary>
internal sealed partial class CoShareEngine
{
    /// <summary>Every co-share inside the lookback, oldest first, as readable records (allocates: tests and diagnostics).</summary>
    public IReadOnlyList<CoShare> CoShares =>
    [
        .. _expiry.UnorderedItems
            .Select(item => item.Element)
            .OrderBy(record => record.NewerTicks)
            .ThenBy(record => record.Newer)
            .ThenBy(record => record.Older)
            .Select(Materialize),
    ];

    /// <summary>An object is discounted when more distinct accounts than the lookback cap used it (never a near-text band).</summary>
    public bool IsDiscounted(ObjectKey key) =>
        IsDiscounted(new ObjectRef(key.Id, key.Kind));

    /// <summary>A co-share counts when at least one object it rests on is not discounted.</summary>
    public bool Counts(CoShare coShare) => coShare.Objects.Any(key => !IsDiscounted(key));

    /// <summary>
    /// The connected components of the coordinated edges (weight above <paramref name="threshold"/> and at least the
    /// minimum), largest first, members ordinally sorted; edges read their co-shares only when asked.
    /// </summary>
    public IReadOnlyList<CoordinatedComponent> Components(double threshold)
    {
        var coordinated = _network.Candidates.Where(edge => edge.Counted > threshold).ToList();
        if (coordinated.Count == 0)
            return [];

        var parent = new Dictionary<int, int>();
        foreach (var edge in coordinated)
            Union(parent, edge.A, edge.B);

        return coordinated
            .GroupBy(edge => Find(parent, edge.A))
            .Select(group => new CoordinatedComponent(
                group.SelectMany(edge => new[] { edge.A, edge.B }).Distinct().Select(id => _accounts[id].Key).Order(StringComparer.Ordinal).ToList(),
                group.Select(Snapshot).ToList(),
                Founder(group)))
            .OrderByDescending(component => component.Members.Count)
            .ThenBy(component => component.Members[0], StringComparer.Ordinal)
            .ToList();
    }

    // The older post's account of the earliest counting co-share on these edges (ties by post identity).
    private string? Founder(IEnumerable<LiveEdge> edges)
    {
        CoShareRecord? first = null;
        foreach (var edge in edges)
        {
            foreach (var record in edge.CoShares)
            {
                if (!record.Counting || record.Expired)
                    continue;
                if (first is null || record.OlderTicks < first.OlderTicks
                    || (record.OlderTicks == first.OlderTicks && _posts.KeyHashOf(record.Older) < _posts.KeyHashOf(first.Older)))
                    first = record;
            }
        }

        return first is null ? null : _accounts[_posts.AccountOf(first.Older)].Key;
    }

    private AccountEdge Snapshot(LiveEdge edge)
    {
        var (a, b) = AccountEdge.KeyOf(_accounts[edge.A].Key, _accounts[edge.B].Key);
        return new AccountEdge(a, b, edge.Counted, () => [.. edge.CoShares.Where(record => record.Counting && !record.Expired).Select(Materialize)]);
    }

    private CoShare Materialize(CoShareRecord record) =>
        new(_posts.Materialize(record.Older), _posts.Materialize(record.Newer), [.. record.Objects.Select(KeyOf)]);

    private ObjectKey KeyOf(ObjectRef item)
    {
        if (_registry.TryGetValue(item.Id, out var key))
            return key;
        var hex = StableHash.Hex(item.Id);
        return new ObjectKey($"{item.Kind.ToString().ToLowerInvariant()}#{hex}", item.Kind, hex) { Id = item.Id };
    }

    private static int Find(Dictionary<int, int> parent, int x)
    {
        var root = x;
        while (parent.TryGetValue(root, out var up) && up != root)
            root = up;
        while (x != root)
        {
            var next = parent[x];
            parent[x] = root;
            x = next;
        }

        return root;
    }

    private static void Union(Dictionary<int, int> parent, int a, int b)
    {
        parent.TryAdd(a, a);
        parent.TryAdd(b, b);
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra != rb)
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
    }
}
