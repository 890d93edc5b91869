namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>How igraph prints the edges of CooRTweet's network, for byte-for-byte parity of edges.csv.</summary>
internal static class IgraphEdgeOrder
{
    /// <summary>
    /// Turns each (pmin, pmax) edge into igraph's (from, to) and sorts by it. igraph's <c>graph_from_data_frame</c>
    /// creates vertices in order of first appearance in the "from" column of R's aggregated edge table, then the
    /// "to" column, and lists an undirected edge from its lower-numbered vertex. The table's rows are the edges in
    /// order of their first co-share in R's pair order (<see cref="AggregatedEdge.First"/>).
    /// </summary>
    public static void Orient(List<AggregatedEdge> edges, int accounts)
    {
        edges.Sort(static (x, y) => x.First.CompareTo(y.First));
        var vertex = new int[accounts];
        Array.Fill(vertex, -1);
        var next = 0;
        foreach (var e in edges)
        {
            if (vertex[e.From] < 0)
                vertex[e.From] = next++;
        }

        foreach (var e in edges)
        {
            if (vertex[e.To] < 0)
                vertex[e.To] = next++;
        }

        for (var i = 0; i < edges.Count; i++)
        {
            var e = edges[i];
            if (vertex[e.To] < vertex[e.From])
                edges[i] = e with { From = e.To, To = e.From };
        }

        edges.Sort(static (x, y) => x.From != y.From ? x.From.CompareTo(y.From) : x.To.CompareTo(y.To));
    }
}
