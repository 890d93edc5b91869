using FactBot.Core.Posts;

namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>
/// Share rows in columns of interned ids, in input order (the order matters: it decides how CooRTweet orients
/// pairs posted in the same second). Build one with <see cref="CoShareTableBuilder"/> (as the CSV reader in
/// FactBot.Sources does), <see cref="FromRows"/> or <see cref="FromPosts"/>.
/// </summary>
public sealed class CoShareTable
{
    private readonly int[] _objects;
    private readonly int[] _accounts;
    private readonly int[] _contents;
    private readonly long[] _timestamps;
    private readonly bool[] _loops;

    internal CoShareTable(
        IdInterner objectIds, IdInterner accountIds, IdInterner contentIds,
        int[] objects, int[] accounts, int[] contents, long[] timestamps, bool[] loops, int count)
    {
        Objects = objectIds;
        Accounts = accountIds;
        Contents = contentIds;
        _objects = objects;
        _accounts = accounts;
        _contents = contents;
        _timestamps = timestamps;
        _loops = loops;
        Count = count;
    }

    /// <summary>Number of rows, duplicates included.</summary>
    public int Count { get; }

    /// <summary>Object ids.</summary>
    internal IdInterner Objects { get; }

    /// <summary>Account ids, numbered in order of first appearance in the input.</summary>
    internal IdInterner Accounts { get; }

    /// <summary>Content ids.</summary>
    internal IdInterner Contents { get; }

    /// <summary>Per row: the object's id in <see cref="Objects"/>.</summary>
    internal ReadOnlySpan<int> ObjectIds => _objects.AsSpan(0, Count);

    /// <summary>Per row: the account's id in <see cref="Accounts"/>.</summary>
    internal ReadOnlySpan<int> AccountIds => _accounts.AsSpan(0, Count);

    /// <summary>Per row: the content's id in <see cref="Contents"/>.</summary>
    internal ReadOnlySpan<int> ContentIds => _contents.AsSpan(0, Count);

    /// <summary>Per row: Unix seconds.</summary>
    internal ReadOnlySpan<long> Timestamps => _timestamps.AsSpan(0, Count);

    /// <summary>Per row: the content id equals the object id (the original post itself; never part of a pair).</summary>
    internal ReadOnlySpan<bool> Loops => _loops.AsSpan(0, Count);

    /// <summary>Row <paramref name="row"/> with its ids as strings.</summary>
    public CoShareRow this[int row] => new(
        Objects.GetString(_objects[row]), Accounts.GetString(_accounts[row]), Contents.GetString(_contents[row]), _timestamps[row]);

    /// <summary>A table of <paramref name="rows"/>, in their order.</summary>
    public static CoShareTable FromRows(IEnumerable<CoShareRow> rows)
    {
        var builder = new CoShareTableBuilder(rows.TryGetNonEnumeratedCount(out var n) ? n : 1024);
        foreach (var row in rows)
            builder.Add(row);

        return builder.Build();
    }

    /// <summary>
    /// One row per post that has an object key: object = <paramref name="objectKey"/>(post) (null = the post
    /// shares no object of this kind and is skipped), content = <see cref="Post.Key"/>, account =
    /// <paramref name="accountKey"/>(post) (default <see cref="Post.AuthorKey"/>; pass one that adds the platform
    /// when posts of several platforms are mixed, since author keys are only unique per platform), time =
    /// <see cref="Post.CreatedAt"/> in whole Unix seconds. Pass posts in a stable order (e.g. oldest first): the
    /// order decides how same-second pairs are oriented.
    /// </summary>
    public static CoShareTable FromPosts(
        IEnumerable<Post> posts, Func<Post, string?> objectKey, Func<Post, string>? accountKey = null)
    {
        var builder = new CoShareTableBuilder(posts.TryGetNonEnumeratedCount(out var n) ? n : 1024);
        foreach (var post in posts)
        {
            var key = objectKey(post);
            if (key is null)
                continue;

            var account = accountKey is null ? post.AuthorKey : accountKey(post);
            builder.Add(key, account, post.Key, post.CreatedAt.ToUnixTimeSeconds());
        }

        return builder.Build();
    }
}
