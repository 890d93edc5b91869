using FactBot.Core.Posts;
using LiteDB;

namespace FactBot.Storage.Mapping;

/// <summary>
/// Maps <see cref="Post"/> to a document keyed by <see cref="Post.Key"/>, with three derived, indexed fields:
/// <see cref="CreatedOrder"/> (time, then key), <see cref="TargetOrder"/> (one entry per <c>#tag</c> and
/// <c>sound:id</c>, newest first) and <see cref="AuthorOrder"/> (platform, handle, newest first).
/// </summary>
internal static class PostDocument
{
    public const string CreatedOrder = "CreatedOrder";
    public const string TargetOrder = "TargetOrder";
    public const string AuthorOrder = "AuthorOrder";
    public const string Sequence = "Seq";

    public static BsonDocument ToDocument(Post post, long sequence)
    {
        var key = post.Key;
        var doc = new BsonDocument
        {
            ["_id"] = key,
            [Sequence] = sequence,
            [nameof(Post.Platform)] = post.Platform,
            [nameof(Post.Source)] = post.Source,
            [nameof(Post.PlatformPostId)] = post.PlatformPostId,
            [nameof(Post.AuthorKey)] = post.AuthorKey,
            [nameof(Post.AuthorHandle)] = post.AuthorHandle,
            [nameof(Post.CreatedAt)] = BsonConvert.Time(post.CreatedAt),
            [nameof(Post.ObservedAt)] = BsonConvert.Time(post.ObservedAt),
            [nameof(Post.Text)] = post.Text,
            [CreatedOrder] = OrderKeys.Join(OrderKeys.Ascending(post.CreatedAt), key),
        };

        var descending = OrderKeys.Descending(post.CreatedAt);
        var targets = TargetKeys(post)
            .Select(target => OrderKeys.Join(target, descending, key))
            .Where(OrderKeys.Fits)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (targets.Count > 0)
            doc[TargetOrder] = BsonConvert.Strings(targets);

        var author = OrderKeys.Join(post.Platform, post.AuthorHandle, descending, key);
        if (OrderKeys.Fits(author))
            doc[AuthorOrder] = author;

        if (post.Hashtags.Count > 0)
            doc[nameof(Post.Hashtags)] = BsonConvert.Strings(post.Hashtags);
        if (post.MediaFingerprints.Count > 0)
            doc[nameof(Post.MediaFingerprints)] = BsonConvert.Strings(post.MediaFingerprints);
        if (post.AuthorLabel is { } label)
            doc[nameof(Post.AuthorLabel)] = AccountLabelDocument.ToDocument(label);

        return doc
            .Set(nameof(Post.Url), post.Url)
            .Set(nameof(Post.AuthorDisplayName), post.AuthorDisplayName)
            .Set(nameof(Post.Language), post.Language)
            .Set(nameof(Post.SoundId), post.SoundId)
            .Set(nameof(Post.SoundTitle), post.SoundTitle)
            .Set(nameof(Post.RegionCode), post.RegionCode)
            .Set(nameof(Post.Views), BsonConvert.Long(post.Views))
            .Set(nameof(Post.Likes), BsonConvert.Long(post.Likes))
            .Set(nameof(Post.Shares), BsonConvert.Long(post.Shares))
            .Set(nameof(Post.Comments), BsonConvert.Long(post.Comments))
            .Set(nameof(Post.ReplyToKey), post.ReplyToKey)
            .Set(nameof(Post.RepostOfKey), post.RepostOfKey)
            .Set(nameof(Post.Transcript), post.Transcript)
            .Set(nameof(Post.RawJson), post.RawJson);
    }

    public static Post ToPost(BsonDocument doc) => new()
    {
        Platform = doc[nameof(Post.Platform)].AsString,
        Source = doc[nameof(Post.Source)].AsString,
        PlatformPostId = doc[nameof(Post.PlatformPostId)].AsString,
        Url = BsonConvert.ToNullableString(doc[nameof(Post.Url)]),
        AuthorKey = doc[nameof(Post.AuthorKey)].AsString,
        AuthorHandle = doc[nameof(Post.AuthorHandle)].AsString,
        AuthorDisplayName = BsonConvert.ToNullableString(doc[nameof(Post.AuthorDisplayName)]),
        CreatedAt = BsonConvert.ToTime(doc[nameof(Post.CreatedAt)]),
        ObservedAt = BsonConvert.ToTime(doc[nameof(Post.ObservedAt)]),
        Text = BsonConvert.ToString(doc[nameof(Post.Text)]),
        Language = BsonConvert.ToNullableString(doc[nameof(Post.Language)]),
        Hashtags = BsonConvert.ToStrings(doc[nameof(Post.Hashtags)]),
        SoundId = BsonConvert.ToNullableString(doc[nameof(Post.SoundId)]),
        SoundTitle = BsonConvert.ToNullableString(doc[nameof(Post.SoundTitle)]),
        MediaFingerprints = BsonConvert.ToStrings(doc[nameof(Post.MediaFingerprints)]),
        RegionCode = BsonConvert.ToNullableString(doc[nameof(Post.RegionCode)]),
        Views = BsonConvert.ToNullableLong(doc[nameof(Post.Views)]),
        Likes = BsonConvert.ToNullableLong(doc[nameof(Post.Likes)]),
        Shares = BsonConvert.ToNullableLong(doc[nameof(Post.Shares)]),
        Comments = BsonConvert.ToNullableLong(doc[nameof(Post.Comments)]),
        ReplyToKey = BsonConvert.ToNullableString(doc[nameof(Post.ReplyToKey)]),
        RepostOfKey = BsonConvert.ToNullableString(doc[nameof(Post.RepostOfKey)]),
        Transcript = BsonConvert.ToNullableString(doc[nameof(Post.Transcript)]),
        AuthorLabel = doc[nameof(Post.AuthorLabel)] is { IsDocument: true } label
            ? AccountLabelDocument.ToLabel(label.AsDocument)
            : null,
        RawJson = BsonConvert.ToNullableString(doc[nameof(Post.RawJson)]),
    };

    /// <summary>The target keys a post is indexed under: <c>#tag</c> per hashtag and <c>sound:id</c>.</summary>
    public static IEnumerable<string> TargetKeys(Post post)
    {
        foreach (var tag in post.Hashtags)
            yield return "#" + tag;

        if (!string.IsNullOrEmpty(post.SoundId))
            yield return "sound:" + post.SoundId;
    }

    /// <summary>The prefix of an author's <see cref="AuthorOrder"/> keys.</summary>
    public static string AuthorPrefix(string platform, string handle) => OrderKeys.Join(platform, handle);
}
