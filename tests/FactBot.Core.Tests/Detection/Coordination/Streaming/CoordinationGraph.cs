using FactBot.Core.Detection.Coordination.Streaming;
using FactBot.Core.Detection.Statistics;

namespace FactBot.Core.Tests.Detection.Coordination.Streaming;

/// <summary>
/// CooRTweet's <c>generate_coordinated_network</c> on the current co-shares: account-pair edges weighted by co-share
/// count, θ = the type-7 quantile of all edge weights, an edge coordinated when weight &gt; θ (strict) and
/// weight ≥ the minimum, groups = connected components of the coordinated edges. Rebuilt from scratch: the
/// reference the detector's live, incremental network is tested against (and the batch form's counterpart).
/// </summary>
internal sealed class CoordinationGraph
{
    private CoordinationGraph(IReadOnlyList<AccountEdge> edges, double threshold, IReadOnlyList<AccountEdge> coordinated)
    {
        Edges = edges;
        Threshold = threshold;
        Coordinated = coordinated;
    }

    public IReadOnlyList<AccountEdge> Edges { get; }

    public double Threshold { get; }

    public IReadOnlyList<AccountEdge> Coordinated { get; }

    public static CoordinationGraph Build(IEnumerable<CoShare> coShares, double edgeWeight, int minEdgeWeight)
    {
        var edges = new Dictionary<(string, string), AccountEdge>();
        foreach (var coShare in coShares)
        {
            var key = AccountEdge.KeyOf(coShare.Older.Account, coShare.Newer.Account);
            if (!edges.TryGetValue(key, out var edge))
                edges[key] = edge = new AccountEdge(key.Item1, key.Item2);
            edge.Add(coShare);
        }

        var all = edges.Values.ToList();
        var weights = all.Select(edge => edge.Weight);
        var threshold = Quantile.Type7(weights, edgeWeight);
        var coordinated = all.Where(edge => edge.Weight > threshold && edge.Weight >= minEdgeWeight).ToList();
        return new CoordinationGraph(all, threshold, coordinated);
    }

    /// <summary>Connected components of the coordinated edges, largest first; members sorted ordinally.</summary>
    public IReadOnlyList<CoordinatedComponent> Components()
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var edge in Coordinated)
            Union(parent, edge.A, edge.B);

        return Coordinated
            .GroupBy(edge => Find(parent, edge.A), StringComparer.Ordinal)
            .Select(group => new CoordinatedComponent(
                group.SelectMany(edge => new[] { edge.A, edge.B }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                group.ToList()))
            .OrderByDescending(component => component.Members.Count)
            .ThenBy(component => component.Members[0], StringComparer.Ordinal)
            .ToList();
    }

    private static string Find(Dictionary<string, string> parent, string x)
    {
        var root = x;
        while (parent.TryGetValue(root, out var up) && !string.Equals(up, root, StringComparison.Ordinal))
            root = up;

        // Path compression keeps later finds short.
        while (!string.Equals(x, root, StringComparison.Ordinal))
        {
            var next = parent[x];
            parent[x] = root;
            x = next;
        }

        return root;
    }

    private static void Union(Dictionary<string, string> parent, string a, string b)
    {
        parent.TryAdd(a, a);
        parent.TryAdd(b, b);
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (string.Equals(ra, rb, StringComparison.Ordinal))
            return;

        // The ordinally smaller root wins, so the result does not depend on edge order.
        if (string.CompareOrdinal(ra, rb) < 0)
            parent[rb] = ra;
        else
            parent[ra] = rb;
    }
}
