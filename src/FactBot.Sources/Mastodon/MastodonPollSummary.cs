namespace FactBot.Sources.Mastodon;

/// <summary>What one Mastodon poll did, per instance and hashtag, with totals.</summary>
public sealed record MastodonPollSummary(IReadOnlyList<MastodonTargetOutcome> Targets)
{
    public int Requests => Targets.Sum(t => t.Requests);

    public long Stored => Targets.Sum(t => t.Ingested.Stored);

    /// <summary>Statuses already stored: the same post seen on several instances or under several hashtags.</summary>
    public long Duplicates => Targets.Sum(t => t.Ingested.Duplicates);

    public long Malformed => Targets.Sum(t => t.Ingested.Malformed);

    public IReadOnlyList<MastodonTargetOutcome> Failures => [.. Targets.Where(t => !t.IsSuccess)];
}
