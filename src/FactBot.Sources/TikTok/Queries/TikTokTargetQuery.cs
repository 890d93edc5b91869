namespace FactBot.Sources.TikTok.Queries;

/// <summary>The query that watches one target (<c>#donbas</c>, <c>sound:…</c>, <c>kw:…</c>).</summary>
internal sealed record TikTokTargetQuery(string TargetKey, TikTokQuery Query)
{
    /// <summary>The source and checkpoint id, <c>tiktok-research:&lt;query hash&gt;</c>.</summary>
    public string SourceId => TikTokSourceIds.ForQuery(Query);
}
