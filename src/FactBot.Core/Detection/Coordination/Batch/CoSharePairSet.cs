using System.Collections;

namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>
/// The co-shares of a batch run (CooRTweet's <c>detect_groups</c> result), in R's row order, held as pairs of row
/// numbers of the input <see cref="Table"/> (older row first) and materialised as <see cref="CoSharePair"/> values
/// only when read. Compare with another detector's output as a multiset; the order only matters to igraph.
/// </summary>
public sealed class CoSharePairSet : IReadOnlyList<CoSharePair>
{
    private readonly int[] _older;
    private readonly int[] _newer;

    internal CoSharePairSet(CoShareTable table, int[] older, int[] newer, int count)
    {
        Table = table;
        _older = older;
        _newer = newer;
        Count = count;
    }

    /// <summary>The input the row numbers refer to.</summary>
    public CoShareTable Table { get; }

    /// <summary>Number of co-shares.</summary>
    public int Count { get; }

    /// <summary>Per pair: the row of the older share (<c>content_id</c>, <c>account_id</c>).</summary>
    internal ReadOnlySpan<int> OlderRows => _older.AsSpan(0, Count);

    /// <summary>Per pair: the row of the newer share (<c>content_id_y</c>, <c>account_id_y</c>).</summary>
    internal ReadOnlySpan<int> NewerRows => _newer.AsSpan(0, Count);

    /// <summary>Co-share <paramref name="index"/> with its ids as strings.</summary>
    public CoSharePair this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            var a = _older[index];
            var b = _newer[index];
            var contents = Table.Contents;
            var accounts = Table.Accounts;
            return new CoSharePair(
                Table.Objects.GetString(Table.ObjectIds[a]),
                contents.GetString(Table.ContentIds[a]),
                contents.GetString(Table.ContentIds[b]),
                Table.Timestamps[b] - Table.Timestamps[a],
                accounts.GetString(Table.AccountIds[a]),
                accounts.GetString(Table.AccountIds[b]));
        }
    }

    public IEnumerator<CoSharePair> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
