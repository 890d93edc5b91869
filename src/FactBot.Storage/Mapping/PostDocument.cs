using FactBot.Core.Posts;
using LiteDB;

namespace FactBot.Storage.Mapping;

/// <summary>
/// Maps <see cref="Post"/> to a compact document (schema v3): <c>_id</c> is the store sequence number, so reading posts
/// in the order they were stored is a scan of the primary index; the post key has its own unique index. Field names
/// are one or two letters because LiteDB stores them in every document. Fields are left out when absent (read back as
/// null) or when they can be rebuilt exactly: platform and id from the key, the author key when it is the handle, the
/// URL when it is the platform's usual one, the observation time when it is the creation time, the hashtags and sound
/// id when the target keys give them back (<see cref="TargetFields"/>).
/// Indexed: <see cref="Key"/>, <see cref="Created"/> (ticks), <see cref="Targets"/> and <see cref="Author"/> (binary keys,
/// <see cref="PostIndexKeys"/>).
/// </summary>
internal static class PostDocument
{
    public const string Key = "k";
    public const string Created = "c";
    public const string Targets = "x";
    public const string Author = "y";

    // Schema v1–v2 index names: the shipped v1 step creates them, the v3 step drops them.
    public const string CreatedOrder = PostDocumentV2.CreatedOrder;
    public const string TargetOrder = PostDocumentV2.TargetOrder;
    public const string AuthorOrder = PostDocumentV2.AuthorOrder;

    private const string Platform = "p", PostId = "i", Source = "s", Url = "u", AuthorKey = "ak", Handle = "a";
    private const string DisplayName = "an", Observed = "o", Text = "t", Language = "l", Hashtags = "h", SoundId = "sd";
    private const string SoundTitle = "st", Fingerprints = "f", Region = "r", Views = "v", Likes = "lk", Shares = "sh";
    private const string Comments = "cm", ReplyTo = "re", RepostOf = "rp", Transcript = "tr", Label = "al", RawJson = "j";

    /// <param name="keepRawJson">Store <see cref="Post.RawJson"/> too (<c>Storage:KeepRawJson</c>); without it the
    /// post reads back with no raw record.</param>
    public static BsonDocument ToDocument(Post post, long sequence, bool keepRawJson)
    {
        var key = post.Key;
        var created = post.CreatedAt.UtcTicks;
        var doc = new BsonDocument
        {
            ["_id"] = sequence,
            [Key] = key,
            [Source] = post.Source,
            [Handle] = post.AuthorHandle,
            [Created] = created,
        };

        // The key is platform:id; a platform with a ':' in it would not split back, so it is kept whole.
        if (post.Platform.Contains(':', StringComparison.Ordinal))
            doc.Set(Platform, post.Platform).Set(PostId, post.PlatformPostId);
        if (post.AuthorKey != post.AuthorHandle)
            doc[AuthorKey] = post.AuthorKey;
        if (post.Url != UsualUrl(post.Platform, post.AuthorHandle, post.PlatformPostId))
            doc[Url] = post.Url is null ? BsonValue.Null : post.Url; // an explicit null: no URL, not the usual one
        if (post.ObservedAt.UtcTicks != created)
            doc[Observed] = post.ObservedAt.UtcTicks;
        if (post.Text.Length > 0)
            doc[Text] = post.Text;
        if (post.MediaFingerprints.Count > 0)
            doc[Fingerprints] = BsonConvert.Strings(post.MediaFingerprints);
        if (post.AuthorLabel is { } label)
            doc[Label] = AccountLabelDocument.ToDocument(label);
        var targets = TargetKeys(post, created);
        if (targets.Count > 0)
            doc[Targets] = targets;

        // Hashtags and sound id are read back from the target keys when those give them exactly (TargetFields).
        if (post.Hashtags.Count > 0 && !TargetFields.Hashtags(targets).SequenceEqual(post.Hashtags, StringComparer.Ordinal))
            doc[Hashtags] = BsonConvert.Strings(post.Hashtags);
        if (post.SoundId is { } sound && TargetFields.SoundId(targets) != sound)
            doc[SoundId] = sound;
        if (PostIndexKeys.NewestFirst(PostIndexKeys.Author(post.Platform, post.AuthorHandle), created) is { } author)
            doc[Author] = author;

        return doc
            .Set(DisplayName, post.AuthorDisplayName)
            .Set(Language, post.Language)
            .Set(SoundTitle, post.SoundTitle)
            .Set(Region, post.RegionCode)
            .Set(Views, Count(post.Views))
            .Set(Likes, Count(post.Likes))
            .Set(Shares, Count(post.Shares))
            .Set(Comments, Count(post.Comments))
            .Set(ReplyTo, post.ReplyToKey)
            .Set(RepostOf, post.RepostOfKey)
            .Set(Transcript, post.Transcript)
            .Set(RawJson, keepRawJson ? post.RawJson : null);
    }

    public static long SequenceOf(BsonDocument doc) => doc["_id"].AsInt64;

    public static Post ToPost(BsonDocument doc)
    {
        var key = doc[Key].AsString;
        var split = key.IndexOf(':', StringComparison.Ordinal);
        var platform = doc.TryGetValue(Platform, out var p) ? p.AsString : key[..split];
        var id = doc.TryGetValue(PostId, out var i) ? i.AsString : key[(split + 1)..];
        var handle = doc[Handle].AsString;
        var created = new DateTimeOffset(doc[Created].AsInt64, TimeSpan.Zero);
        var targets = doc.TryGetValue(Targets, out var x) ? x : null;
        return new Post
        {
            Platform = platform,
            Source = doc[Source].AsString,
            PlatformPostId = id,
            Url = doc.TryGetValue(Url, out var url) ? BsonConvert.ToNullableString(url) : UsualUrl(platform, handle, id),
            AuthorKey = doc.TryGetValue(AuthorKey, out var authorKey) ? authorKey.AsString : handle,
            AuthorHandle = handle,
            AuthorDisplayName = String(doc, DisplayName),
            CreatedAt = created,
            ObservedAt = doc.TryGetValue(Observed, out var observed) ? new DateTimeOffset(observed.AsInt64, TimeSpan.Zero) : created,
            Text = String(doc, Text) ?? "",
            Language = String(doc, Language),
            Hashtags = doc.TryGetValue(Hashtags, out var tags) ? BsonConvert.ToStrings(tags) : TargetFields.Hashtags(targets),
            SoundId = doc.TryGetValue(SoundId, out var sound) ? sound.AsString : TargetFields.SoundId(targets),
            SoundTitle = String(doc, SoundTitle),
            MediaFingerprints = doc.TryGetValue(Fingerprints, out var prints) ? BsonConvert.ToStrings(prints) : [],
            RegionCode = String(doc, Region),
            Views = Count(doc, Views),
            Likes = Count(doc, Likes),
            Shares = Count(doc, Shares),
            Comments = Count(doc, Comments),
            ReplyToKey = String(doc, ReplyTo),
            RepostOfKey = String(doc, RepostOf),
            Transcript = String(doc, Transcript),
            AuthorLabel = doc.TryGetValue(Label, out var label) && label.IsDocument ? AccountLabelDocument.ToLabel(label.AsDocument) : null,
            RawJson = String(doc, RawJson),
        };
    }

    /// <summary>The target keys a post is indexed under: <c>#tag</c> per hashtag and <c>sound:id</c>.</summary>
    public static IEnumerable<string> TargetNames(Post post)
    {
        foreach (var tag in post.Hashtags)
            yield return "#" + tag;

        if (!string.IsNullOrEmpty(post.SoundId))
            yield return "sound:" + post.SoundId;
    }

    private static BsonArray TargetKeys(Post post, long created)
    {
        var keys = new BsonArray();
        foreach (var target in TargetNames(post).Distinct(StringComparer.Ordinal))
        {
            if (PostIndexKeys.NewestFirst(target, created) is { } key)
                keys.Add(key);
        }

        return keys;
    }

    // The URL TikTok importers build; storing it again in every post would cost ~70 bytes each.
    private static string? UsualUrl(string platform, string handle, string id) =>
        platform == "tiktok" ? $"https://www.tiktok.com/@{handle}/video/{id}" : null;

    // Counts that fit in 32 bits are stored as such (4 bytes fewer); 0 is stored, absent (null) is not.
    private static BsonValue Count(long? count) => count switch
    {
        null => BsonValue.Null,
        >= int.MinValue and <= int.MaxValue => new BsonValue((int)count.Value),
        _ => new BsonValue(count.Value),
    };

    private static long? Count(BsonDocument doc, string name) =>
        !doc.TryGetValue(name, out var value) || value.IsNull ? null : value.IsInt32 ? value.AsInt32 : value.AsInt64;

    private static string? String(BsonDocument doc, string name) =>
        doc.TryGetValue(name, out var value) && !value.IsNull ? value.AsString : null;
}
