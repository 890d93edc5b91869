using FactBot.Core.Posts;
using FactBot.Core.Results;

namespace FactBot.Core.Sources;

/// <summary>
/// How every source turns a post it read into an item: through <see cref="PostValidator"/>, so a record out of range
/// is skipped naming its field, and a record with fields cut to their caps says which (the report names them).
/// </summary>
public static class CheckedItem
{
    /// <param name="read">The post as the source mapped it.</param>
    /// <param name="now">The latest a post can be from (see <see cref="PostValidator.Check(Post, DateTimeOffset, string)"/>).</param>
    /// <param name="position">The record's resume position.</param>
    /// <param name="where">Where the record is, for people (<c>file.jsonl:12</c>); starts the message of a rejection.</param>
    public static SourceItem Of(Post read, DateTimeOffset now, string position, string where)
    {
        var result = PostValidator.Check(read, now, position);
        if (!result.IsSuccess)
            return SourceItem.Malformed(position, $"{where}: {result.Error.Message}", (result.Error as MalformedRecord)?.Field);

        var capped = ReferenceEquals(result.Value, read) ? [] : PostValidator.CappedFields(read, result.Value);
        return capped.Count == 0
            ? SourceItem.Of(position, result.Value)
            : SourceItem.Of(position, result.Value) with { Capped = new CappedRecord(position, where, capped) };
    }
}
