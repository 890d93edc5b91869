using System.Text.Json;
using FactBot.Core.Posts;
using FactBot.Core.Results;

namespace FactBot.Sources.Import;

/// <summary>
/// Maps one TikTok web item, as Zeeschuimer captures it and 4CAT stores it (the item under <c>data</c>, with the
/// extension's envelope around it) or bare (other scrapers): <c>id, desc, createTime, author{uniqueId,nickname},
/// music{id,title,authorName}, stats{diggCount,commentCount,shareCount,playCount}, textExtra[{hashtagName}],
/// challenges[{title}], effectStickers[{ID}]</c>. Older items have <c>author</c> as a plain string.
/// </summary>
internal static class ZeeschuimerItemMapper
{
    public const string Source = "import:zeeschuimer-ndjson";

    /// <summary>Whether <paramref name="root"/> is such an item: a <c>data</c> object, or the item itself, with TikTok's item fields.</summary>
    public static bool LooksLikeItem(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && (IsItem(Item(root)) || root.TryGetProperty("source_platform", out _));

    public static Result<Post> Map(JsonElement root, DateTimeOffset observedAt)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return new MalformedRecord("", $"the line is a JSON {root.ValueKind}, not an object");
        if (root.TryGetProperty("source_platform", out var platform) && platform.ValueKind == JsonValueKind.String
            && !platform.GetString()!.Contains("tiktok", StringComparison.OrdinalIgnoreCase))
            return new MalformedRecord("", $"an item from {platform.GetString()}, not TikTok");

        var item = Item(root);
        var fields = new JsonFields(item);
        var id = fields.Id("id");
        var createTime = fields.Integer("createTime");
        var author = Author(item);
        var music = Object(item, "music") is { } m ? new JsonFields(m) : null;
        var stats = Object(item, "stats") ?? Object(item, "statsV2");
        var counts = stats is { } s ? new JsonFields(s) : null;
        var post = new Post
        {
            Platform = TikTokVideoMapper.Platform,
            Source = Source,
            PlatformPostId = id ?? "",
            AuthorKey = author.Handle,
            AuthorHandle = author.Handle,
            AuthorDisplayName = author.DisplayName,
            CreatedAt = default,
            ObservedAt = observedAt,
            Text = fields.String("desc") ?? "",
            Hashtags = Hashtags(item),
            SoundId = music?.Id("id"),
            SoundTitle = music?.String("title") is { Length: > 0 } title ? title : null,
            MediaFingerprints = Effects(item),
            Likes = counts?.Integer("diggCount"),
            Comments = counts?.Integer("commentCount"),
            Shares = counts?.Integer("shareCount"),
            Views = counts?.Integer("playCount"),
            RawJson = item.GetRawText(),
        };

        var problem = fields.Error ?? music?.Error ?? counts?.Error
            ?? (id is null ? "no id" : null)
            ?? (createTime is null ? "no createTime" : null)
            ?? (createTime is { } seconds && !CsvCells.IsUnixSeconds(seconds) ? $"createTime {seconds} is out of range" : null)
            ?? (post.AuthorHandle.Length == 0 ? "no author.uniqueId" : null);
        if (problem is not null)
            return new MalformedRecord("", problem);

        return PostNormalizer.Normalize(post with
        {
            CreatedAt = DateTimeOffset.FromUnixTimeSeconds(createTime!.Value),
            Url = $"https://www.tiktok.com/@{post.AuthorHandle}/video/{id}",
        });
    }

    private static JsonElement Item(JsonElement root) => Object(root, "data") ?? root;

    private static bool IsItem(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("createTime", out _) && item.TryGetProperty("author", out _);

    private static JsonElement? Object(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static (string Handle, string? DisplayName) Author(JsonElement item)
    {
        if (!item.TryGetProperty("author", out var author))
            return ("", null);
        if (author.ValueKind == JsonValueKind.String)
            return (PostNormalizer.Handle(author.GetString()!), null);
        if (author.ValueKind != JsonValueKind.Object)
            return ("", null);

        var fields = new JsonFields(author);
        var nickname = fields.String("nickname");
        return (PostNormalizer.Handle(fields.String("uniqueId") ?? ""), string.IsNullOrWhiteSpace(nickname) ? null : nickname);
    }

    // textExtra also lists @mentions (with an empty hashtagName); challenges repeat the tags with their titles.
    private static List<string> Hashtags(JsonElement item)
    {
        var tags = new List<string>();
        foreach (var (array, name) in new[] { ("textExtra", "hashtagName"), ("challenges", "title") })
        {
            if (!item.TryGetProperty(array, out var entries) || entries.ValueKind != JsonValueKind.Array)
                continue;
            foreach (var entry in entries.EnumerateArray())
            {
                if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(name, out var tag)
                    && tag.ValueKind == JsonValueKind.String && tag.GetString() is { Length: > 0 } text)
                    tags.Add(text);
            }
        }

        return tags;
    }

    // Effect ids as the Research API's effect_ids give them, so both sources fingerprint the same effect alike.
    private static List<string> Effects(JsonElement item)
    {
        var effects = new List<string>();
        if (!item.TryGetProperty("effectStickers", out var stickers) || stickers.ValueKind != JsonValueKind.Array)
            return effects;
        foreach (var sticker in stickers.EnumerateArray())
        {
            if (sticker.ValueKind == JsonValueKind.Object && new JsonFields(sticker).Id("ID", "id") is { } effect && effect != "0")
                effects.Add("effect:" + effect);
        }

        return effects.Distinct(StringComparer.Ordinal).ToList();
    }
}
