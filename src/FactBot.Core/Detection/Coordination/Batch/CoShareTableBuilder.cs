using System.Runtime.CompilerServices;

namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>
/// Accumulates share rows, in input order, into the columns of a <see cref="CoShareTable"/>. Ids are interned as
/// they arrive, so account ids come out numbered in order of first appearance (step 1's row order needs that).
/// File readers (FactBot.Sources) fill one row by row.
/// </summary>
public sealed class CoShareTableBuilder(int capacity = 1024)
{
    // Three id spaces: objects and accounts repeat and stay small (cache-resident), content ids are mostly new.
    // Loop removal only compares a row's object with its own content, so that is a per-row flag.
    private readonly IdInterner _objectIds = new();
    private readonly IdInterner _accountIds = new();
    private readonly IdInterner _contentIds = new(capacity);
    private int[] _objects = new int[Math.Max(capacity, 16)];
    private int[] _accounts = new int[Math.Max(capacity, 16)];
    private int[] _contents = new int[Math.Max(capacity, 16)];
    private long[] _timestamps = new long[Math.Max(capacity, 16)];
    private bool[] _loops = new bool[Math.Max(capacity, 16)];
    private bool _built;

    /// <summary>Rows added so far.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a row whose ids are character spans (a file reader's path: no strings are created).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<char> objectId, ReadOnlySpan<char> accountId, ReadOnlySpan<char> contentId, long timestampShare)
    {
        var row = NextRow();
        _objects[row] = _objectIds.Intern(objectId);
        _accounts[row] = _accountIds.Intern(accountId);
        _contents[row] = _contentIds.Intern(contentId);
        _timestamps[row] = timestampShare;
        _loops[row] = objectId.SequenceEqual(contentId);
    }

    /// <summary>Adds a row whose ids are strings.</summary>
    public void Add(string objectId, string accountId, string contentId, long timestampShare)
    {
        var row = NextRow();
        _objects[row] = _objectIds.Intern(objectId);
        _accounts[row] = _accountIds.Intern(accountId);
        _contents[row] = _contentIds.Intern(contentId);
        _timestamps[row] = timestampShare;
        _loops[row] = string.Equals(objectId, contentId, StringComparison.Ordinal);
    }

    /// <summary>Adds a row.</summary>
    public void Add(CoShareRow row) => Add(row.ObjectId, row.AccountId, row.ContentId, row.TimestampShare);

    /// <summary>Returns the table. The builder cannot be used afterwards (the table owns its arrays).</summary>
    public CoShareTable Build()
    {
        ObjectDisposedException.ThrowIf(_built, this);
        _built = true;
        return new CoShareTable(_objectIds, _accountIds, _contentIds, _objects, _accounts, _contents, _timestamps, _loops, Count);
    }

    private int NextRow()
    {
        ObjectDisposedException.ThrowIf(_built, this);
        var row = Count;
        if (row == _objects.Length)
        {
            var size = row * 2;
            Array.Resize(ref _objects, size);
            Array.Resize(ref _accounts, size);
            Array.Resize(ref _contents, size);
            Array.Resize(ref _timestamps, size);
            Array.Resize(ref _loops, size);
        }

        Count = row + 1;
        return row;
    }
}
