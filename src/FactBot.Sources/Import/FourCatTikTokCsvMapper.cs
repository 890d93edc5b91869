using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.Sources.Csv;

namespace FactBot.Sources.Import;

/// <summary>
/// Maps a row of a 4CAT TikTok dataset CSV (4CAT's <c>map_item</c> over Zeeschuimer captures). Only an id, the
/// author and a time (<c>unix_timestamp</c>, else <c>timestamp</c> as UTC <c>YYYY-MM-DD HH:MM:SS</c>) are needed:
/// older 4CAT versions lack many columns. Hashtags are comma-joined; the sound is <c>music_id</c> with
/// <c>music_name</c> (and <c>music_author</c>) as its title.
/// </summary>
internal sealed class FourCatTikTokCsvMapper(CsvHeader header) : ICsvRowMapper
{
    public const string Source = "import:4cat-tiktok-csv";

    private readonly int _id = header.IndexOf("id");
    private readonly int _author = header.IndexOf("author");
    private readonly int _unixTime = header.IndexOf("unix_timestamp");
    private readonly int _time = header.IndexOf("timestamp");
    private readonly int _body = header.IndexOf("body");
    private readonly int _authorFull = header.IndexOf("author_full");
    private readonly int _musicId = header.IndexOf("music_id");
    private readonly int _musicName = header.IndexOf("music_name");
    private readonly int _musicAuthor = header.IndexOf("music_author");
    private readonly int _url = header.IndexOf("tiktok_url");
    private readonly int _likes = header.IndexOf("likes");
    private readonly int _comments = header.IndexOf("comments");
    private readonly int _shares = header.IndexOf("shares");
    private readonly int _plays = header.IndexOf("plays");
    private readonly int _hashtags = header.IndexOf("hashtags");

    public static bool Fits(CsvHeader header) =>
        header.IndexOf("id") >= 0 && header.IndexOf("author") >= 0 && header.IndexOf("unix_timestamp", "timestamp") >= 0;

    public Result<Post> Map(CsvRow row, DateTimeOffset observedAt)
    {
        var id = row.Get(_id);
        var author = PostNormalizer.Handle(row.Get(_author));
        var unixTime = row.Get(_unixTime);
        var timeCell = unixTime.Length > 0 ? unixTime : row.Get(_time);
        var musicId = row.Get(_musicId);
        var counts = new Counts(row);

        var problem = (id.Length == 0 ? "no id" : CsvCells.IdProblem("id", id))
            ?? (author.Length == 0 ? "no author" : null)
            ?? (timeCell.Length == 0 ? "no unix_timestamp or timestamp" : null)
            ?? (musicId.Length > 0 ? CsvCells.IdProblem("music_id", musicId) : null)
            ?? counts.Problem(_likes, "likes") ?? counts.Problem(_comments, "comments")
            ?? counts.Problem(_shares, "shares") ?? counts.Problem(_plays, "plays");
        if (problem is not null)
            return new MalformedRecord("", problem);
        if (!CsvCells.TryTime(timeCell, out var createdAt) || CsvCells.UnixSeconds(createdAt) is null)
            return new MalformedRecord("", $"time '{timeCell}' is neither unix seconds nor a UTC 'YYYY-MM-DD HH:MM:SS'");

        var url = row.Get(_url);
        return PostNormalizer.Normalize(new Post
        {
            Platform = TikTokVideoMapper.Platform,
            Source = Source,
            PlatformPostId = id,
            Url = url.Length > 0 ? url : $"https://www.tiktok.com/@{author}/video/{id}",
            AuthorKey = author,
            AuthorHandle = author,
            AuthorDisplayName = row.Get(_authorFull) is { Length: > 0 } full ? full : null,
            CreatedAt = createdAt,
            ObservedAt = observedAt,
            Text = row.Get(_body),
            Hashtags = ListCell.Parse(row.Get(_hashtags)).Items,
            SoundId = musicId.Length > 0 ? musicId : null,
            SoundTitle = SoundTitle(row.Get(_musicName), row.Get(_musicAuthor)),
            Likes = counts.Value(_likes),
            Comments = counts.Value(_comments),
            Shares = counts.Value(_shares),
            Views = counts.Value(_plays),
            RawJson = CsvCells.RowJson(header, row),
        });
    }

    private static string? SoundTitle(string name, string author)
    {
        if (name.Length == 0)
            return author.Length > 0 ? author : null;
        // "original sound - alice" already names its author.
        return author.Length == 0 || name.Contains(author, StringComparison.OrdinalIgnoreCase) ? name : $"{name} – {author}";
    }

    /// <summary>Count cells of one row: empty is absent (null), not zero.</summary>
    private readonly struct Counts(CsvRow row)
    {
        public string? Problem(int index, string name)
        {
            var cell = row.Get(index);
            return cell.Length == 0 || CsvCells.TryCount(cell, out _) ? null : $"{name} '{cell}' is not a whole number";
        }

        public long? Value(int index) => CsvCells.TryCount(row.Get(index), out var value) ? value : null;
    }
}
