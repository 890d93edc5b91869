using FactBot.Core.Posts;
using LiteDB;

namespace FactBot.Storage.Mapping;

/// <summary>
/// Reads post documents of schema v1–v2 (keyed by <see cref="Post.Key"/>, full field names, string order keys), so the
/// v3 step can rewrite them into <see cref="PostDocument"/>'s form. Nothing else reads or writes this form.
/// </summary>
internal static class PostDocumentV2
{
    public const string CreatedOrder = "CreatedOrder";
    public const string TargetOrder = "TargetOrder";
    public const string AuthorOrder = "AuthorOrder";

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
}
