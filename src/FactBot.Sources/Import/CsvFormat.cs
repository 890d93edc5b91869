namespace FactBot.Sources.Import;

/// <summary>The CSV exports <see cref="CsvPostSource"/> reads, told apart by their header.</summary>
public enum CsvFormat
{
    /// <summary>TikTok Research API video fields as columns (official wrapper + pandas, traktok, CSD dumps).</summary>
    TikTokResearch,

    /// <summary>A 4CAT TikTok dataset (Zeeschuimer capture) exported as CSV.</summary>
    FourCatTikTok,

    /// <summary>CooRTweet's input: <c>object_id, account_id, content_id, timestamp_share</c>.</summary>
    CooRTweet,
}
