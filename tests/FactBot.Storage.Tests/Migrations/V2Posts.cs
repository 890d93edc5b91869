using FactBot.Core.Posts;
using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Tests.Migrations;

/// <summary>Writes posts as schema v1–v2 stored them (FactBot before the v3 step), to migrate from.</summary>
internal static class V2Posts
{
    public static BsonDocument ToDocument(Post post)
    {
        var key = post.Key;
        var doc = new BsonDocument
        {
            ["_id"] = key,
            [nameof(Post.Platform)] = post.Platform,
            [nameof(Post.Source)] = post.Source,
            [nameof(Post.PlatformPostId)] = post.PlatformPostId,
            [nameof(Post.AuthorKey)] = post.AuthorKey,
            [nameof(Post.AuthorHandle)] = post.AuthorHandle,
            [nameof(Post.CreatedAt)] = BsonConvert.Time(post.CreatedAt),
            [nameof(Post.ObservedAt)] = BsonConvert.Time(post.ObservedAt),
            [nameof(Post.Text)] = post.Text,
            [PostDocument.CreatedOrder] = OrderKeys.Join(OrderKeys.Ascending(post.CreatedAt), key),
        };

        var descending = OrderKeys.Descending(post.CreatedAt);
        var targets = PostDocument.TargetNames(post)
            .Select(target => OrderKeys.Join(target, descending, key))
            .Where(OrderKeys.Fits)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (targets.Count > 0)
            doc[PostDocument.TargetOrder] = BsonConvert.Strings(targets);

        var author = OrderKeys.Join(post.Platform, post.AuthorHandle, descending, key);
        if (OrderKeys.Fits(author))
            doc[PostDocument.AuthorOrder] = author;

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

    public static void Insert(LiteDatabase db, IEnumerable<Post> posts) =>
        db.GetCollection(FactBot.Storage.Database.Collections.Posts).Insert(posts.Select(ToDocument));
}
