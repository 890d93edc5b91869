using System.Runtime.CompilerServices;

namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>
/// Accumulates share rows, in input order, into the columns of a <see cref="CoShareTable"/>. Ids are interned as
/// they arrive, so account ids come out numbered in order of first appearance (step 1's row order needs that).
/// </summary>
internal sealed class CoShareTableBuilder(int capacity = 1024)
{
    // Objects and content ids share one interner: loop removal compares an object id with content ids.
    private readonly IdInterner _items = new();
    private readonly IdInterner _accounts = new();
    private int[] _objects = new int[Math.Max(capacity, 16)];
    private int[] _accountIds = new int[Math.Max(capacity, 16)];
    private int[] _contents = new int[Math.Max(capacity, 16)];
    private long[] _timestamps = new long[Math.Max(capacity, 16)];
    private bool _built;

    /// <summary>Rows added so far.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a row whose ids are UTF-8 bytes (the CSV reader's path: no strings are created).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<byte> objectId, ReadOnlySpan<byte> accountId, ReadOnlySpan<byte> contentId, long timestampShare)
    {
        var row = NextRow();
        _objects[row] = _items.Intern(objectId);
        _accountIds[row] = _accounts.Intern(accountId);
        _contents[row] = _items.Intern(contentId);
        _timestamps[row] = timestampShare;
    }

    /// <summary>Adds a row whose ids are strings.</summary>
    public void Add(string objectId, string accountId, string contentId, long timestampShare)
    {
        var row = NextRow();
        _objects[row] = _items.Intern(objectId);
        _accountIds[row] = _accounts.Intern(accountId);
        _contents[row] = _items.Intern(contentId);
        _timestamps[row] = timestampShare;
    }

    /// <summary>Adds a row.</summary>
    public void Add(CoShareRow row) => Add(row.ObjectId, row.AccountId, row.ContentId, row.TimestampShare);

    /// <summary>Returns the table. The builder cannot be used afterwards (the table owns its arrays).</summary>
    public CoShareTable Build()
    {
        ObjectDisposedException.ThrowIf(_built, this);
        _built = true;
        return new CoShareTable(_items, _accounts, _objects, _accountIds, _contents, _timestamps, Count);
    }

    private int NextRow()
    {
        ObjectDisposedException.ThrowIf(_built, this);
        var row = Count;
        if (row == _objects.Length)
        {
            var size = row * 2;
            Array.Resize(ref _objects, size);
            Array.Resize(ref _accountIds, size);
            Array.Resize(ref _contents, size);
            Array.Resize(ref _timestamps, size);
        }

        Count = row + 1;
        return row;
    }
}
