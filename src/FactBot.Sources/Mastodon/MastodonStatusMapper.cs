using System.Globalization;
using System.Text.Json;
using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.Sources.Import;

namespace FactBot.Sources.Mastodon;

/// <summary>
/// Maps one Mastodon Status entity to a <see cref="Post"/>. The post id is the status <c>uri</c> (the same on every
/// instance, so one post federated to several is stored once); the instance-local <c>id</c> only positions paging.
/// A boost becomes a post by the booster with <see cref="Post.RepostOfKey"/> set and the boosted status's text and
/// hashtags (the boost itself has none), so amplification counts where the boosted post does.
/// </summary>
internal static class MastodonStatusMapper
{
    public const string Platform = "mastodon";

    public static Result<Post> Map(JsonElement status, MastodonInstance instance, DateTimeOffset observedAt)
    {
        if (status.ValueKind != JsonValueKind.Object)
            return new MalformedRecord("", $"a status is {status.ValueKind}, not an object");

        var fields = new JsonFields(status);
        var uri = fields.String("uri");
        var createdAt = fields.String("created_at");
        var account = status.TryGetProperty("account", out var a) && a.ValueKind == JsonValueKind.Object ? a : (JsonElement?)null;
        var accountFields = account is { } value ? new JsonFields(value) : null;
        var acct = accountFields?.String("acct");
        var reblog = status.TryGetProperty("reblog", out var r) && r.ValueKind == JsonValueKind.Object ? r : (JsonElement?)null;
        var reblogUri = reblog is { } boosted && boosted.TryGetProperty("uri", out var u) && u.ValueKind == JsonValueKind.String
            ? u.GetString()
            : null;

        var problem = fields.Error ?? accountFields?.Error
            ?? (string.IsNullOrWhiteSpace(uri) ? "no uri" : null)
            ?? (account is null ? "no account" : null)
            ?? (string.IsNullOrWhiteSpace(acct) ? "no account.acct" : null)
            ?? (reblog is not null && string.IsNullOrWhiteSpace(reblogUri) ? "a boost whose reblog has no uri" : null);
        if (problem is not null)
            return new MalformedRecord("", problem);
        if (!TryParseTime(createdAt, out var created))
            return new MalformedRecord("", createdAt is null ? "no created_at" : $"created_at '{createdAt}' is not an ISO 8601 time");

        var author = Author(acct!, instance);
        var text = Text(status);
        var tags = Tags(status);
        if (reblog is { } original)
        {
            text = text.Length > 0 ? text : Text(original);
            tags = tags.Count > 0 ? tags : Tags(original);
        }

        return PostNormalizer.Normalize(new Post
        {
            Platform = Platform,
            Source = "mastodon:" + instance.Key,
            PlatformPostId = uri!,
            Url = fields.String("url") ?? uri,
            AuthorKey = author,
            AuthorHandle = author,
            AuthorDisplayName = accountFields!.String("display_name") is { Length: > 0 } name ? name : null,
            CreatedAt = created,
            ObservedAt = observedAt,
            Text = text,
            Language = fields.String("language"),
            Hashtags = tags,
            Likes = fields.Integer("favourites_count"),
            Shares = fields.Integer("reblogs_count"),
            Comments = fields.Integer("replies_count"),
            RepostOfKey = reblogUri is null ? null : PostKey.Of(Platform, reblogUri),
            RawJson = status.GetRawText(),
        });
    }

    /// <summary>The status's instance-local id (a string; numeric on Mastodon, ULIDs elsewhere), or null.</summary>
    public static string? Id(JsonElement status) =>
        status.ValueKind == JsonValueKind.Object && status.TryGetProperty("id", out var id)
            ? id.ValueKind switch
            {
                JsonValueKind.String => id.GetString() is { Length: > 0 } text ? text : null,
                JsonValueKind.Number => id.GetRawText(),
                _ => null,
            }
            : null;

    // acct is "alice" for the instance's own accounts and "alice@other.host" for remote ones; make both global.
    private static string Author(string acct, MastodonInstance instance)
    {
        var handle = PostNormalizer.Handle(acct);
        return handle.Contains('@', StringComparison.Ordinal) ? handle : handle + "@" + instance.Host;
    }

    // A content warning is part of what readers see first, so it leads the text.
    private static string Text(JsonElement status)
    {
        var content = MastodonHtml.ToText(StringOf(status, "content"));
        var warning = StringOf(status, "spoiler_text")?.Trim();
        return string.IsNullOrEmpty(warning) ? content : content.Length == 0 ? warning : warning + "\n\n" + content;
    }

    private static List<string> Tags(JsonElement status)
    {
        var tags = new List<string>();
        if (!status.TryGetProperty("tags", out var array) || array.ValueKind != JsonValueKind.Array)
            return tags;
        foreach (var tag in array.EnumerateArray())
        {
            if (tag.ValueKind == JsonValueKind.Object && StringOf(tag, "name") is { Length: > 0 } name)
                tags.Add(name);
        }

        return tags;
    }

    private static string? StringOf(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TryParseTime(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
}
