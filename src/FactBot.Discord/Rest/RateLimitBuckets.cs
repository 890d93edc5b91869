using System.Collections.Concurrent;

namespace FactBot.Discord.Rest;

/// <summary>
/// Route → bucket. Discord names buckets in <c>X-RateLimit-Bucket</c> (shared across routes) and splits them per
/// top-level resource, so state is kept per (bucket, major resource); before the first answer, per route.
/// </summary>
internal sealed class RateLimitBuckets(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, string> _routeToBucket = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);

    public int Count => _buckets.Count;

    public RateLimitBucket For(DiscordRoute route) => _buckets.GetOrAdd(StateKey(route), _ => new RateLimitBucket(time));

    public void Learn(DiscordRoute route, RateLimitHeaders headers)
    {
        if (headers.Bucket is { Length: > 0 } bucket)
            _routeToBucket[route.Key] = bucket;
        if (headers.Remaining is { } remaining && headers.ResetAfter is { } resetAfter)
            For(route).Update(headers.Limit, remaining, resetAfter);
    }

    private string StateKey(DiscordRoute route) =>
        _routeToBucket.TryGetValue(route.Key, out var bucket) ? $"{bucket}|{route.Major}" : route.Key;
}
