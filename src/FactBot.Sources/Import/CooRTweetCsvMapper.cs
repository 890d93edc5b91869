using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.Sources.Csv;

namespace FactBot.Sources.Import;

/// <summary>
/// Maps a row of CooRTweet's input (<c>object_id, account_id, content_id, timestamp_share</c>; any order, extra
/// columns kept in the raw JSON). Such data names no platform and carries no text, so a row becomes a post on the
/// <c>import</c> platform: id = <c>content_id</c>, author = <c>account_id</c>, time = <c>timestamp_share</c>
/// (unix seconds, UTC), and the shared object as the media fingerprint <c>object:&lt;object_id&gt;</c> so that
/// coordination can key on the same object CooRTweet does. A content id met twice (one post sharing two objects)
/// is stored once: the pipeline counts the second row as a duplicate.
/// </summary>
internal sealed class CooRTweetCsvMapper(CsvHeader header) : ICsvRowMapper
{
    public const string Source = "import:coortweet-csv";
    public const string Platform = "import";
    public const string ObjectPrefix = "object:";

    private readonly int _object = header.IndexOf("object_id");
    private readonly int _account = header.IndexOf("account_id");
    private readonly int _content = header.IndexOf("content_id");
    private readonly int _time = header.IndexOf("timestamp_share");

    public static bool Fits(CsvHeader header) =>
        header.IndexOf("object_id") >= 0 && header.IndexOf("account_id") >= 0
        && header.IndexOf("content_id") >= 0 && header.IndexOf("timestamp_share") >= 0;

    public Result<Post> Map(CsvRow row, DateTimeOffset observedAt)
    {
        var objectId = row.Get(_object);
        var account = row.Get(_account);
        var content = row.Get(_content);
        var time = row.Get(_time);
        var problem = (objectId.Length == 0 ? "no object_id" : null)
            ?? (account.Length == 0 ? "no account_id" : null)
            ?? (content.Length == 0 ? "no content_id" : null)
            ?? (time.Length == 0 ? "no timestamp_share" : null);
        if (problem is not null)
            return new MalformedRecord("", problem);

        // CooRTweet itself accepts only numeric unix seconds; a date-time here is another tool's file.
        if (!CsvCells.TryCount(time, out _) || !CsvCells.TryTime(time, out var createdAt))
            return new MalformedRecord("", $"timestamp_share '{time}' is not unix seconds");

        return PostNormalizer.Normalize(new Post
        {
            Platform = Platform,
            Source = Source,
            PlatformPostId = content,
            AuthorKey = account,
            AuthorHandle = account,
            CreatedAt = createdAt,
            ObservedAt = observedAt,
            MediaFingerprints = [ObjectPrefix + objectId],
            RawJson = CsvCells.RowJson(header, row),
        });
    }
}
