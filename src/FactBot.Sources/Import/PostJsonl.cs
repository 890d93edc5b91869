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
    };

    public static string Serialize(Post post) => JsonSerializer.Serialize(post with { AuthorLabel = null }, Options);

    /// <summary>Parses one line; a missing required field or bad JSON is a <see cref="MalformedRecord"/>.</summary>
    public static Result<Post> Parse(string line, string position)
    {
        try
        {
            var post = JsonSerializer.Deserialize<Post>(line, Options);
            return post is null
                ? new MalformedRecord(position, "the line is JSON null, not a post")
                : PostNormalizer.Normalize(post);
        }
        catch (JsonException ex)
        {
            return new MalformedRecord(position, $"not a FactBot post: {FirstSentence(ex.Message)}");
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
