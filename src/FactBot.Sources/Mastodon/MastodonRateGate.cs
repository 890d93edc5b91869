namespace FactBot.Sources.Mastodon;

/// <summary>
/// Remembers, per instance, until when it must not be asked again: after a 429, or once its remaining requests
/// fall to the reserve. Mastodon counts per IP across all endpoints, so one gate covers every hashtag on it.
/// </summary>
internal sealed class MastodonRateGate
{
    private readonly Dictionary<string, DateTimeOffset> _parkedUntil = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>When the instance may be asked again, or null if it may be asked now.</summary>
    public DateTimeOffset? ParkedUntil(string instance, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (!_parkedUntil.TryGetValue(instance, out var until))
                return null;
            if (until > now)
                return until;
            _parkedUntil.Remove(instance);
            return null;
        }
    }

    public void Park(string instance, DateTimeOffset until)
    {
        lock (_lock)
        {
            if (!_parkedUntil.TryGetValue(instance, out var current) || current < until)
                _parkedUntil[instance] = until;
        }
    }

    /// <summary>Parks the instance until its window resets when no more than <paramref name="reserve"/> requests are left.</summary>
    public void Observe(string instance, MastodonRateLimit limit, int reserve, DateTimeOffset now, TimeSpan fallbackWindow)
    {
        if (limit.Remaining is { } remaining && remaining <= reserve)
            Park(instance, limit.Reset is { } reset && reset > now ? reset : now + fallbackWindow);
    }
}
