using FactBot.Core.Posts;
using FactBot.Core.Results;

namespace FactBot.Core.Sources;

/// <summary>
/// One record from a source: a post, or the reason the record could not be read, or (neither) only a new resume
/// position, e.g. an API cursor that moved past an empty page. The ingest driver saves the position as the source's
/// checkpoint together with the posts before it.
/// </summary>
public sealed record SourceItem
{
    private SourceItem(string position, Post? post, MalformedRecord? error)
    {
        Position = position;
        Post = post;
        Error = error;
    }

    /// <summary>Where the record is (line number, page:index, cursor), in the source's own terms.</summary>
    public string Position { get; }

    public Post? Post { get; }

    public MalformedRecord? Error { get; }

    /// <summary>
    /// The source's watermark at this item, when it knows one: every post created before it has been yielded (a live
    /// feed: the poll's start minus a small delay; the TikTok Research API: the covered window's end minus the API's
    /// lag; a file read to its end: its newest post).
    /// </summary>
    public DateTimeOffset? CompleteThrough { get; init; }

    /// <summary>Which fields of <see cref="Post"/> were cut to their caps, when any were.</summary>
    public CappedRecord? Capped { get; init; }

    public static SourceItem Of(string position, Post post) => new(position, post, null);

    /// <summary>The source moved on without a record (an empty page, the end of a time window).</summary>
    public static SourceItem Progress(string position) => new(position, null, null);

    public static SourceItem Malformed(string position, string message, string? field = null) =>
        new(position, null, new MalformedRecord(position, message, field));

    /// <summary>The file cannot be read past <paramref name="position"/> (see <see cref="ReadProblem"/>).</summary>
    public static SourceItem Stopped(string position, string message, ReadProblem problem) =>
        new(position, null, new MalformedRecord(position, message) { Problem = problem });

    /// <summary>A record rejected with <paramref name="error"/>, at the error's position.</summary>
    public static SourceItem Malformed(MalformedRecord error) => new(error.Position, null, error);
}
