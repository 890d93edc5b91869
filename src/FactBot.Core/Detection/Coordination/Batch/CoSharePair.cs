namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>
/// One co-share, as CooRTweet's <c>detect_groups</c> returns it: on <paramref name="ObjectId"/>,
/// <paramref name="AccountId"/> posted <paramref name="ContentId"/> (the older post, or for a same-second pair the
/// one earlier in the row order) and <paramref name="AccountIdY"/> posted <paramref name="ContentIdY"/>,
/// <paramref name="TimeDelta"/> seconds apart (≥ 0).
/// </summary>
public readonly record struct CoSharePair(
    string ObjectId, string ContentId, string ContentIdY, long TimeDelta, string AccountId, string AccountIdY);
