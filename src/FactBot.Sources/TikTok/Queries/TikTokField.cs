namespace FactBot.Sources.TikTok.Queries;

/// <summary>The condition fields FactBot queries by. Non-date fields only take EQ (one value) or IN (several).</summary>
internal enum TikTokField
{
    HashtagName,
    MusicId,
    Keyword,
    RegionCode,
    Username,
    VideoId,
}
