using System.Text.Json;
using System.Text.Json.Serialization;
using FactBot.Core.Posts;
using FactBot.Core.Results;

namespace FactBot.Sources.Import;

/// <summary>
/// FactBot's canonical JSONL: one <see cref="Post"/> per line, camelCase, nulls omitted. Labels are not written:
/// they are joined at ingest from the label store.
/// </summary>
public static class PostJsonl
{
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        // A null where Post has a non-nullable member ("text": null) must be a malformed line, not a crash later.
        RespectNullableAnnotations = true,
    };

    public static string Serialize(Post post) => JsonSerializer.Serialize(post with { AuthorLabel = null }, Options);

    /// <summary>Parses one line; a missing required field or bad JSON is a <see cref="MalformedRecord"/>.</summary>
    public static Result<Post> Parse(string line, string position)
    {
        Post? post;
        try
        {
            post = JsonSerializer.Deserialize<Post>(line, Options);
        }
        catch (JsonException ex)
        {
            return new MalformedRecord(position, $"not a FactBot post: {FirstSentence(ex.Message)}");
        }

        if (post is null)
            return new MalformedRecord(position, "the line is JSON null, not a post");

        return Problem(post) is { } problem
            ? new MalformedRecord(position, $"not a FactBot post: {problem}")
            : PostNormalizer.Normalize(post);
    }

    // The serializer enforces presence and non-null members, but not blank ids or null list elements,
    // both of which would break keys or the normaliser downstream.
    private static string? Problem(Post post)
    {
        if (string.IsNullOrWhiteSpace(post.Platform) || string.IsNullOrWhiteSpace(post.PlatformPostId))
            return "platform and platformPostId must not be blank.";
        if (string.IsNullOrWhiteSpace(PostNormalizer.Handle(post.AuthorHandle)))
            return "authorHandle must not be blank.";
        if (post.Hashtags.Contains(null!) || post.MediaFingerprints.Contains(null!))
            return "hashtags and mediaFingerprints must not contain null.";
        return null;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
