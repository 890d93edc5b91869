using System.Runtime.CompilerServices;

namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>
/// Puts co-shares in the row order of R's <c>detect_groups</c> result. The order is invisible in the pairs (they
/// are compared sorted) but not in the network: igraph prints an undirected edge from the vertex it created first,
/// and it creates vertices in order of first appearance in the aggregated edge table, which follows this order.
/// </summary>
/// <remarks>
/// R's order: objects by first appearance in the step-1 row order (accounts by first appearance, input order
/// within an account); within an object, the self-join <c>group[group, on = .(id &lt; id)]</c> emits, for each
/// later row j, the earlier rows i &lt; j; the filters after it keep that order.
/// </remarks>
internal static class CoSharePairOrder
{
    /// <summary>Sorts the (older, newer) row pairs, in place, into R's row order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SortAsReference(
        CoShareTable table, int[] rowsPerAccount, int minParticipation, Span<int> older, Span<int> newer)
    {
        if (older.Length < 2)
            return;

        var rank = StepOneRanks(table, rowsPerAccount, minParticipation);
        var objects = table.ObjectIds;
        var objectFirst = new int[table.Objects.Count];
        Array.Fill(objectFirst, int.MaxValue);
        for (var r = 0; r < table.Count; r++)
        {
            if (rank[r] >= 0 && rank[r] < objectFirst[objects[r]])
                objectFirst[objects[r]] = rank[r];
        }

        var keys = new Key[older.Length];
        for (var p = 0; p < older.Length; p++)
        {
            var a = rank[older[p]];
            var b = rank[newer[p]];
            keys[p] = new Key(objectFirst[objects[older[p]]], Math.Max(a, b), Math.Min(a, b), older[p], newer[p]);
        }

        keys.AsSpan().Sort(default(KeyOrder));
        for (var p = 0; p < keys.Length; p++)
        {
            older[p] = keys[p].Older;
            newer[p] = keys[p].Newer;
        }
    }

    /// <summary>Each row's position in the step-1 row order, -1 for rows step 1 drops.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[] StepOneRanks(CoShareTable table, int[] rowsPerAccount, int minParticipation)
    {
        // Account ids are numbered by first appearance, so a counting sort by account id is that order.
        var accounts = table.AccountIds;
        var start = new int[rowsPerAccount.Length];
        var next = 0;
        for (var a = 0; a < rowsPerAccount.Length; a++)
        {
            start[a] = next;
            if (rowsPerAccount[a] >= minParticipation)
                next += rowsPerAccount[a];
        }

        var rank = new int[table.Count];
        for (var r = 0; r < table.Count; r++)
            rank[r] = rowsPerAccount[accounts[r]] >= minParticipation ? start[accounts[r]]++ : -1;

        return rank;
    }

    private readonly record struct Key(int ObjectFirst, int Later, int Earlier, int Older, int Newer);

    private readonly struct KeyOrder : IComparer<Key>
    {
        public int Compare(Key x, Key y)
        {
            var c = x.ObjectFirst.CompareTo(y.ObjectFirst);
            if (c == 0)
                c = x.Later.CompareTo(y.Later);

            return c != 0 ? c : x.Earlier.CompareTo(y.Earlier);
        }
    }
}
