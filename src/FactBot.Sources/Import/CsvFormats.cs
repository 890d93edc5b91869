using FactBot.Sources.Csv;

namespace FactBot.Sources.Import;

/// <summary>Tells the CSV exports apart by their header, and builds the row mapper for one.</summary>
internal static class CsvFormats
{
    /// <summary>What the headers must contain, for error messages.</summary>
    public const string Expected =
        "TikTok Research API columns (id or video_id, username or author_name, create_time or create_date, …); "
        + "4CAT TikTok columns (id, author, unix_timestamp or timestamp, …); "
        + "CooRTweet columns (object_id, account_id, content_id, timestamp_share)";

    /// <summary>
    /// The format whose required columns the header has. CooRTweet's four names are the most specific, then 4CAT's
    /// <c>author</c> + <c>timestamp</c>; the Research API's field names come last.
    /// </summary>
    public static CsvFormat? Detect(CsvHeader header) =>
        CooRTweetCsvMapper.Fits(header) ? CsvFormat.CooRTweet
        : FourCatTikTokCsvMapper.Fits(header) ? CsvFormat.FourCatTikTok
        : TikTokResearchCsvMapper.Fits(header) ? CsvFormat.TikTokResearch
        : null;

    /// <summary>The mapper for <paramref name="format"/>, or null when the header lacks a column every row needs.</summary>
    public static ICsvRowMapper? Mapper(CsvFormat format, CsvHeader header) => format switch
    {
        CsvFormat.CooRTweet when CooRTweetCsvMapper.Fits(header) => new CooRTweetCsvMapper(header),
        CsvFormat.FourCatTikTok when FourCatTikTokCsvMapper.Fits(header) => new FourCatTikTokCsvMapper(header),
        CsvFormat.TikTokResearch when TikTokResearchCsvMapper.Fits(header) => new TikTokResearchCsvMapper(header),
        _ => null,
    };
}
