namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>Coordinated groups: connected components of the coordinated edges, with each account's degree.</summary>
internal static class CoordinationGroups
{
    /// <summary>
    /// The groups of accounts with a coordinated degree above 0; <paramref name="names"/> are the accounts in
    /// ordinal order and <paramref name="components"/> joins the ends of every coordinated edge.
    /// </summary>
    public static List<CoordinationGroup> Build(string[] names, int[] degree, UnionFind components)
    {
        // Ranks ascend in ordinal account order, so members come out sorted and the first one is the smallest.
        var byRoot = new Dictionary<int, List<CoordinationGroupMember>>();
        for (var r = 0; r < names.Length; r++)
        {
            if (degree[r] == 0)
                continue;

            var root = components.Find(r);
            if (!byRoot.TryGetValue(root, out var members))
                byRoot[root] = members = [];

            members.Add(new CoordinationGroupMember(names[r], degree[r]));
        }

        // Largest first; equal sizes by their first (ordinally smallest) account.
        var groups = byRoot.Values.ToList();
        groups.Sort(static (x, y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : string.CompareOrdinal(x[0].Account, y[0].Account));
        var result = new List<CoordinationGroup>(groups.Count);
        for (var i = 0; i < groups.Count; i++)
            result.Add(new CoordinationGroup(i + 1, groups[i]));

        return result;
    }
}
