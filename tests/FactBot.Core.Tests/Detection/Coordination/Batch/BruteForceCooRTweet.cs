using FactBot.Core.Detection.Coordination.Batch;

namespace FactBot.Core.Tests.Detection.Coordination.Batch;

/// <summary>
/// A deliberately naive reference that follows shared/data/coortweet/SOURCE.md step by step on strings
/// (all-pairs per object, literal filters, swap afterwards), to check the fast implementation against.
/// </summary>
internal static class BruteForceCooRTweet
{
    public static List<CoSharePair> DetectGroups(IReadOnlyList<CoShareRow> input, long timeWindow, int minParticipation)
    {
        // 1. keep accounts with >= min rows; data.table's `by = account_id` leaves rows grouped by account in order
        //    of first appearance, input order within an account.
        var counts = input.GroupBy(r => r.AccountId).ToDictionary(g => g.Key, g => g.Count());
        var x = input
            .Where(r => counts[r.AccountId] >= minParticipation)
            .GroupBy(r => r.AccountId)
            .SelectMany(g => g)
            .ToList();

        // 2. per object (in order of first appearance in x), rows i < j within the window (inclusive),
        //    time_delta = t_i - t_j (not yet oriented); R's self-join lists, for each later row j, the rows i < j.
        var raw = new List<(string Obj, string C, string Cy, long Delta, string A, string Ay)>();
        foreach (var obj in x.Select(r => r.ObjectId).Distinct())
        {
            var group = x.Where(r => r.ObjectId == obj).ToList();
            for (var j = 1; j < group.Count; j++)
            {
                for (var i = 0; i < j; i++)
                {
                    var delta = group[i].TimestampShare - group[j].TimestampShare;
                    if (Math.Abs(delta) <= timeWindow)
                        raw.Add((obj, group[i].ContentId, group[j].ContentId, delta, group[i].AccountId, group[j].AccountId));
                }
            }
        }

        // 3. loops.
        raw = raw.Where(p => p.Obj != p.C && p.Obj != p.Cy && p.C != p.Cy && p.A != p.Ay).ToList();

        // 4. OR participation refinement.
        if (minParticipation >= 1)
        {
            var contentIds = raw.Select(p => p.C).Concat(raw.Select(p => p.Cy)).ToHashSet();
            var filt = x.Where(r => contentIds.Contains(r.ContentId))
                .GroupBy(r => r.AccountId)
                .Where(g => g.Count() >= minParticipation)
                .SelectMany(g => g.Select(r => r.ContentId))
                .ToHashSet();
            raw = raw.Where(p => filt.Contains(p.C) || filt.Contains(p.Cy)).ToList();
        }

        // 5. swap where time_delta > 0, then |time_delta|.
        return raw.Select(p => p.Delta > 0
                ? new CoSharePair(p.Obj, p.Cy, p.C, p.Delta, p.Ay, p.A)
                : new CoSharePair(p.Obj, p.C, p.Cy, -p.Delta, p.A, p.Ay))
            .ToList();
    }

    /// <summary>
    /// generate_coordinated_network, then printed the way igraph prints it: vertices numbered by first appearance
    /// in the aggregated table's pmin column, then its pmax column; each edge from its lower-numbered vertex.
    /// </summary>
    public static List<CoordinationEdge> Network(IReadOnlyList<CoSharePair> pairs, double edgeWeight)
    {
        var aggregated = pairs
            .GroupBy(p => string.CompareOrdinal(p.AccountId, p.AccountIdY) <= 0
                ? (p.AccountId, p.AccountIdY)
                : (p.AccountIdY, p.AccountId))
            .Select(g =>
            {
                var n = g.Select(p => p.ContentId).Distinct().Count();
                var ny = g.Select(p => p.ContentIdY).Distinct().Count();
                return (From: g.Key.Item1, To: g.Key.Item2, Weight: g.Count(), Avg: g.Sum(p => (double)p.TimeDelta) / g.Count(),
                    N: n, Ny: ny, Sym: (double)Math.Min(n, ny) / Math.Max(n, ny));
            })
            .ToList();

        var vertices = aggregated.Select(e => e.From).Concat(aggregated.Select(e => e.To)).Distinct().ToList();
        var theta = Quantile7(aggregated.Select(e => (double)e.Weight).ToList(), edgeWeight);
        return aggregated
            .Select(e => vertices.IndexOf(e.From) < vertices.IndexOf(e.To) ? e : e with { From = e.To, To = e.From })
            .Select(e => new CoordinationEdge(e.From, e.To, e.Weight, e.Avg, e.N, e.Ny, e.Sym, e.Weight > theta))
            .OrderBy(e => e.From, StringComparer.Ordinal)
            .ThenBy(e => e.To, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>R's type 7, from its definition: x[j] + (h - j)(x[j+1] - x[j]) with h = (n - 1)p, 0-based.</summary>
    public static double Quantile7(List<double> values, double p)
    {
        if (values.Count == 0)
            return double.NaN;

        var sorted = values.Order().ToList();
        var h = (sorted.Count - 1) * p;
        var j = (int)Math.Floor(h);
        return j + 1 < sorted.Count ? sorted[j] + ((h - j) * (sorted[j + 1] - sorted[j])) : sorted[j];
    }

    /// <summary>Connected components of the coordinated edges, as sets of accounts.</summary>
    public static List<HashSet<string>> Components(IEnumerable<CoordinationEdge> edges)
    {
        var adjacency = new Dictionary<string, List<string>>();
        foreach (var e in edges.Where(e => e.IsCoordinated))
        {
            Neighbours(e.From).Add(e.To);
            Neighbours(e.To).Add(e.From);
        }

        var seen = new HashSet<string>();
        var components = new List<HashSet<string>>();
        foreach (var start in adjacency.Keys)
        {
            if (!seen.Add(start))
                continue;

            var component = new HashSet<string> { start };
            var stack = new Stack<string>([start]);
            while (stack.Count > 0)
            {
                foreach (var next in adjacency[stack.Pop()].Where(seen.Add))
                {
                    component.Add(next);
                    stack.Push(next);
                }
            }

            components.Add(component);
        }

        return components;

        List<string> Neighbours(string account) =>
            adjacency.TryGetValue(account, out var list) ? list : adjacency[account] = [];
    }
}
