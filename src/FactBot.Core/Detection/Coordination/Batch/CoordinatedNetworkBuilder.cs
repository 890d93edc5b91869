using FactBot.Core.Detection.Statistics;

namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>
/// CooRTweet's <c>generate_coordinated_network(x, edge_weight)</c> (default <c>subgraph = 0</c>) plus the
/// connected components of the coordinated edges. Accounts and contents are handled as ints; strings are only
/// compared once, to put the accounts in ordinal order (R's <c>pmin</c>/<c>pmax</c> on hex ids). The pairs must be
/// in R's row order (as <see cref="CoShareDetector"/> returns them): it decides how each edge is printed.
/// </summary>
internal static class CoordinatedNetworkBuilder
{
    /// <summary>The network of the detector's output.</summary>
    public static CoordinationNetwork Build(CoSharePairSet pairs, double edgeWeight)
    {
        var table = pairs.Table;
        var n = pairs.Count;
        var columns = new PairColumns(new int[n], new int[n], new int[n], new int[n], new long[n]);
        for (var p = 0; p < n; p++)
        {
            var a = pairs.OlderRows[p];
            var b = pairs.NewerRows[p];
            columns.Account[p] = table.AccountIds[a];
            columns.AccountY[p] = table.AccountIds[b];
            columns.Content[p] = table.ContentIds[a];
            columns.ContentY[p] = table.ContentIds[b];
            columns.Delta[p] = table.Timestamps[b] - table.Timestamps[a];
        }

        return Build(columns, table.Accounts.Count, table.Accounts.GetString, edgeWeight);
    }

    /// <summary>
    /// The network of any co-share list (e.g. a streaming detector's, for agreement tests). Everything but the
    /// from/to orientation of an edge is independent of the list's order.
    /// </summary>
    public static CoordinationNetwork Build(IReadOnlyList<CoSharePair> pairs, double edgeWeight)
    {
        var accounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        var contents = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = pairs.Count;
        var columns = new PairColumns(new int[n], new int[n], new int[n], new int[n], new long[n]);
        for (var p = 0; p < n; p++)
        {
            var pair = pairs[p];
            columns.Account[p] = Intern(accounts, names, pair.AccountId);
            columns.AccountY[p] = Intern(accounts, names, pair.AccountIdY);
            columns.Content[p] = Intern(contents, null, pair.ContentId);
            columns.ContentY[p] = Intern(contents, null, pair.ContentIdY);
            columns.Delta[p] = pair.TimeDelta;
        }

        return Build(columns, names.Count, id => names[id], edgeWeight);
    }

    private static CoordinationNetwork Build(PairColumns columns, int accountSpace, Func<int, string> accountName, double edgeWeight)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(edgeWeight, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(edgeWeight, 1);
        var (rank, names) = RankAccounts(columns, accountSpace, accountName);

        var n = columns.Delta.Length;
        var entries = new Entry[n];
        for (var p = 0; p < n; p++)
        {
            var a = rank[columns.Account[p]];
            var b = rank[columns.AccountY[p]];
            var key = ((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b);
            entries[p] = new Entry(key, columns.Content[p], columns.ContentY[p], columns.Delta[p], p);
        }

        entries.AsSpan().Sort(default(EntryOrder));
        var edges = new List<AggregatedEdge>();
        var scratch = new List<int>();
        for (var start = 0; start < n;)
        {
            var end = start;
            long sum = 0;
            var distinct = 0;
            var first = int.MaxValue;
            scratch.Clear();
            while (end < n && entries[end].Key == entries[start].Key)
            {
                if (end == start || entries[end].Content != entries[end - 1].Content)
                    distinct++;

                sum += entries[end].Delta;
                first = Math.Min(first, entries[end].Index);
                scratch.Add(entries[end].ContentY);
                end++;
            }

            var weight = end - start;
            var key = entries[start].Key;
            edges.Add(new AggregatedEdge((int)(key >> 32), (int)key, weight, (double)sum / weight, distinct, CountDistinct(scratch), first));
            start = end;
        }

        IgraphEdgeOrder.Orient(edges, names.Length);
        var weights = new double[edges.Count];
        for (var i = 0; i < weights.Length; i++)
            weights[i] = edges[i].Weight;

        var threshold = Quantile.Type7(weights, edgeWeight);
        var result = new List<CoordinationEdge>(edges.Count);
        var degree = new int[names.Length];
        var components = new UnionFind(names.Length);
        foreach (var e in edges)
        {
            var coordinated = e.Weight > threshold;
            if (coordinated)
            {
                degree[e.From]++;
                degree[e.To]++;
                components.Union(e.From, e.To);
            }

            var symmetry = (double)Math.Min(e.NContent, e.NContentY) / Math.Max(e.NContent, e.NContentY);
            result.Add(new CoordinationEdge(names[e.From], names[e.To], e.Weight, e.Avg, e.NContent, e.NContentY, symmetry, coordinated));
        }

        return new CoordinationNetwork(result, names.Length, threshold, CoordinationGroups.Build(names, degree, components));
    }

    /// <summary>The accounts present in the pairs, ordinally sorted; rank[id] is an account's place in that order.</summary>
    private static (int[] Rank, string[] Names) RankAccounts(PairColumns columns, int accountSpace, Func<int, string> accountName)
    {
        var rank = new int[accountSpace];
        Array.Fill(rank, -1);
        var present = new List<int>();
        foreach (var column in (int[][])[columns.Account, columns.AccountY])
        {
            foreach (var id in column)
            {
                if (rank[id] < 0)
                {
                    rank[id] = 0;
                    present.Add(id);
                }
            }
        }

        var ids = present.ToArray();
        var names = new string[ids.Length];
        for (var i = 0; i < ids.Length; i++)
            names[i] = accountName(ids[i]);

        Array.Sort(names, ids, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
            rank[ids[i]] = i;

        return (rank, names);
    }

    private static int CountDistinct(List<int> values)
    {
        values.Sort();
        var distinct = 0;
        for (var i = 0; i < values.Count; i++)
        {
            if (i == 0 || values[i] != values[i - 1])
                distinct++;
        }

        return distinct;
    }

    private static int Intern(Dictionary<string, int> ids, List<string>? names, string value)
    {
        if (!ids.TryGetValue(value, out var id))
        {
            ids[value] = id = ids.Count;
            names?.Add(value);
        }

        return id;
    }

    private sealed record PairColumns(int[] Account, int[] AccountY, int[] Content, int[] ContentY, long[] Delta);

    private readonly record struct Entry(long Key, int Content, int ContentY, long Delta, int Index);


    private readonly struct EntryOrder : IComparer<Entry>
    {
        public int Compare(Entry x, Entry y)
        {
            var c = x.Key.CompareTo(y.Key);
            return c != 0 ? c : x.Content.CompareTo(y.Content);
        }
    }
}
