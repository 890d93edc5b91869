namespace FactBot.Discord.Rest;

/// <summary>
/// One learned Discord bucket: how many calls remain until when. Unknown until the first response; waits when
/// empty instead of provoking a 429.
/// </summary>
internal sealed class RateLimitBucket(TimeProvider time)
{
    private readonly Lock _lock = new();
    private int? _limit;
    private int? _remaining;
    private DateTimeOffset _resetAt;

    public async Task WaitAsync(CancellationToken ct)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                if (_remaining is not null && now >= _resetAt)
                    _remaining = _limit; // a new window; null (unknown) lets calls through until the headers say more
                if (_remaining is null)
                    return;
                if (_remaining > 0)
                {
                    _remaining--;
                    return;
                }

                wait = _resetAt - now;
            }

            await Task.Delay(wait, time, ct);
        }
    }

    public void Update(int? limit, int remaining, TimeSpan resetAfter)
    {
        lock (_lock)
        {
            _limit = limit ?? _limit;
            _remaining = remaining;
            _resetAt = time.GetUtcNow() + resetAfter;
        }
    }

    /// <summary>A 429 on this bucket: nothing more until <paramref name="retryAfter"/> has passed.</summary>
    public void Exhaust(TimeSpan retryAfter)
    {
        lock (_lock)
        {
            _remaining = 0;
            _resetAt = time.GetUtcNow() + retryAfter;
        }
    }
}
