using System.Text.Json;
using FactBot.Core.Posts;
using FactBot.Core.Results;

namespace FactBot.Sources.Import;

/// <summary>
/// Maps one TikTok Research API video object to a <see cref="Post"/>. Shared by the file importer and, later,
/// the live adapter, so both produce identical posts from identical JSON.
/// </summary>
internal static class TikTokVideoMapper
{
    public const string Platform = "tiktok";

    // DateTimeOffset's range in unix seconds; a create_time outside it is a corrupt record.
    private const long MinUnixSeconds = -62_135_596_800;
    private const long MaxUnixSeconds = 253_402_300_799;

    public static Result<Post> Map(JsonElement video, string position, string source, DateTimeOffset observedAt)
    {
        if (video.ValueKind != JsonValueKind.Object)
            return new MalformedRecord(position, $"a video is {video.ValueKind}, not an object");

        var fields = new JsonFields(video);
        var id = fields.Id("id", "video_id");
        var createTime = fields.Integer("create_time");
        var username = fields.String("username");
        var post = new Post
        {
            Platform = Platform,
            Source = source,
            PlatformPostId = id ?? "",
            AuthorKey = PostNormalizer.Handle(username ?? ""),
            AuthorHandle = PostNormalizer.Handle(username ?? ""),
            CreatedAt = default,
            ObservedAt = observedAt,
            Text = fields.String("video_description") ?? "",
            Hashtags = fields.Strings("hashtag_names"),
            SoundId = fields.Id("music_id"),
            MediaFingerprints = Effects(fields.Strings("effect_ids")),
            RegionCode = fields.String("region_code"),
            Likes = fields.Integer("like_count"),
            Comments = fields.Integer("comment_count"),
            Shares = fields.Integer("share_count"),
            Views = fields.Integer("view_count"),
            Transcript = fields.String("voice_to_text"),
            RawJson = video.GetRawText(),
        };

        var problem = fields.Error
            ?? (id is null ? "no id (or video_id)" : null)
            ?? (createTime is null ? "no create_time" : null)
            ?? (createTime is < MinUnixSeconds or > MaxUnixSeconds ? $"create_time {createTime} is out of range" : null)
            ?? (post.AuthorHandle.Length == 0 ? "no username" : null);
        if (problem is not null)
            return new MalformedRecord(position, problem);

        return PostNormalizer.Normalize(post with
        {
            CreatedAt = DateTimeOffset.FromUnixTimeSeconds(createTime!.Value),
            Url = $"https://www.tiktok.com/@{post.AuthorHandle}/video/{id}",
        });
    }

    // "0" is TikTok's "no effect"; counting it would make every plain video look like shared-effect reuse.
    private static List<string> Effects(IReadOnlyList<string> ids) =>
        ids.Select(id => id.Trim())
            .Where(id => id.Length > 0 && id != "0")
            .Distinct(StringComparer.Ordinal)
            .Select(id => "effect:" + id)
            .ToList();
}
