using System.Runtime.CompilerServices;

namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>
/// CooRTweet's <c>detect_groups(x, time_window, min_participation, remove_loops = TRUE)</c>, with the same output
/// (see <c>shared/data/coortweet/SOURCE.md</c>), in O(n log n + candidate pairs) instead of R's all-pairs self-join.
/// </summary>
/// <remarks>
/// <para>R: (1) keep accounts with ≥ min_participation rows; (2) per object, rows i &lt; j in the filtered row order
/// with |t_i − t_j| ≤ window form a pair; (3) drop loops (object = either content, equal contents, equal accounts);
/// (4) keep a pair if either content belongs to an account with ≥ min_participation rows among the contents of
/// surviving pairs; (5) orient each pair older first, same-second pairs by row order.</para>
/// <para>Here: each object's rows are sorted by (time, account, row) and paired with a sliding window. R's
/// filtered row order is "grouped by account in order of first appearance, input order within an account", and
/// account ids are numbered by first appearance, so (account, row) is exactly that order: every pair comes out
/// already oriented as step 5 would leave it, ties included. The pairs are then put in R's row order
/// (<see cref="CoSharePairOrder"/>), which decides how igraph prints each edge.</para>
/// </remarks>
internal static class CoShareDetector
{
    /// <summary>Finds the co-shares of <paramref name="table"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static CoSharePairSet DetectGroups(
        CoShareTable table, BatchCoordinationParameters parameters, CancellationToken ct = default)
    {
        var minParticipation = parameters.MinParticipation;
        var window = parameters.TimeWindowSeconds;
        var accountIds = table.AccountIds;

        // Step 1: rows per account, duplicates included.
        var rowsPerAccount = new int[table.Accounts.Count];
        foreach (var account in accountIds)
            rowsPerAccount[account]++;

        var entries = BucketByObject(table, rowsPerAccount, minParticipation, out var bucketStarts);
        ct.ThrowIfCancellationRequested();

        // Steps 2, 3 and 5.
        var older = new GrowableInts(Math.Max(16, table.Count / 8));
        var newer = new GrowableInts(Math.Max(16, table.Count / 8));
        var contents = table.ContentIds;
        for (var b = 0; b + 1 < bucketStarts.Length; b++)
        {
            var bucket = entries.AsSpan(bucketStarts[b], bucketStarts[b + 1] - bucketStarts[b]);
            if (bucket.Length < 2)
                continue;

            bucket.Sort(default(ShareOrder));
            for (var i = 0; i < bucket.Length; i++)
            {
                var first = bucket[i];
                for (var j = i + 1; j < bucket.Length && bucket[j].Time - first.Time <= window; j++)
                {
                    var second = bucket[j];
                    if (second.Account != first.Account && contents[second.Row] != contents[first.Row])
                    {
                        older.Add(first.Row);
                        newer.Add(second.Row);
                    }
                }
            }

            if ((b & 1023) == 0)
                ct.ThrowIfCancellationRequested();
        }

        if (minParticipation >= 1)
            FilterMinParticipation(table, rowsPerAccount, minParticipation, ref older, ref newer);

        CoSharePairOrder.SortAsReference(
            table, rowsPerAccount, minParticipation, older.Items.AsSpan(0, older.Count), newer.Items.AsSpan(0, newer.Count));
        return new CoSharePairSet(table, older.Items, newer.Items, older.Count);
    }

    /// <summary>
    /// The rows that can pair (account kept by step 1; content ≠ object, since step 3 drops every pair such a row
    /// is in), grouped by object with a counting sort; bucket k spans [starts[k], starts[k + 1]).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Share[] BucketByObject(CoShareTable table, int[] rowsPerAccount, int minParticipation, out int[] starts)
    {
        var objects = table.ObjectIds;
        var accounts = table.AccountIds;
        var loops = table.Loops;
        var times = table.Timestamps;
        starts = new int[table.Objects.Count + 1];
        var kept = 0;
        for (var r = 0; r < table.Count; r++)
        {
            if (rowsPerAccount[accounts[r]] >= minParticipation && !loops[r])
            {
                starts[objects[r] + 1]++;
                kept++;
            }
        }

        for (var k = 1; k < starts.Length; k++)
            starts[k] += starts[k - 1];

        var next = starts.AsSpan(0, starts.Length - 1).ToArray();
        var entries = new Share[kept];
        for (var r = 0; r < table.Count; r++)
        {
            if (rowsPerAccount[accounts[r]] >= minParticipation && !loops[r])
                entries[next[objects[r]]++] = new Share(times[r], accounts[r], r);
        }

        return entries;
    }

    /// <summary>
    /// Step 4, literally: C = contents of surviving pairs; qualifying accounts have ≥ min rows (of the step-1
    /// rows) whose content is in C; a pair stays if either of its content ids is a content of such a row. Ids,
    /// not rows, are compared, as R does, which matters only when a content id is duplicated.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FilterMinParticipation(
        CoShareTable table, int[] rowsPerAccount, int minParticipation, ref GrowableInts older, ref GrowableInts newer)
    {
        var contents = table.ContentIds;
        var accounts = table.AccountIds;
        var inPairs = new bool[table.Contents.Count];
        for (var p = 0; p < older.Count; p++)
        {
            inPairs[contents[older.Items[p]]] = true;
            inPairs[contents[newer.Items[p]]] = true;
        }

        var rowsInPairs = new int[table.Accounts.Count];
        for (var r = 0; r < table.Count; r++)
        {
            if (rowsPerAccount[accounts[r]] >= minParticipation && inPairs[contents[r]])
                rowsInPairs[accounts[r]]++;
        }

        var qualifyingContent = new bool[table.Contents.Count];
        for (var r = 0; r < table.Count; r++)
        {
            if (rowsPerAccount[accounts[r]] >= minParticipation && inPairs[contents[r]]
                && rowsInPairs[accounts[r]] >= minParticipation)
            {
                qualifyingContent[contents[r]] = true;
            }
        }

        var kept = 0;
        for (var p = 0; p < older.Count; p++)
        {
            var a = older.Items[p];
            var b = newer.Items[p];
            if (qualifyingContent[contents[a]] || qualifyingContent[contents[b]])
            {
                older.Items[kept] = a;
                newer.Items[kept] = b;
                kept++;
            }
        }

        older.Count = kept;
        newer.Count = kept;
    }

    private readonly record struct Share(long Time, int Account, int Row);

    /// <summary>Time, then R's filtered row order (account by first appearance, then input row).</summary>
    private readonly struct ShareOrder : IComparer<Share>
    {
        public int Compare(Share x, Share y)
        {
            var c = x.Time.CompareTo(y.Time);
            if (c != 0)
                return c;

            c = x.Account.CompareTo(y.Account);
            return c != 0 ? c : x.Row.CompareTo(y.Row);
        }
    }
}
