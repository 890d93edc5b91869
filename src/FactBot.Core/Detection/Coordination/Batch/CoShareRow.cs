namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>
/// One share action, in CooRTweet's input shape: <paramref name="AccountId"/> posted <paramref name="ContentId"/>,
/// which shares <paramref name="ObjectId"/> (a retweeted tweet, a sound, a caption hash, …), at
/// <paramref name="TimestampShare"/> (Unix seconds, UTC).
/// </summary>
public readonly record struct CoShareRow(string ObjectId, string AccountId, string ContentId, long TimestampShare);
