namespace FactBot.Discord.Gateway;

/// <summary>
/// Discord allows 1000 Identify calls per 24 hours (and resets the token past that), and one per 5 seconds per
/// <c>max_concurrency</c>. Kept from the latest <c>session_start_limit</c>; Resume does not count.
/// </summary>
internal sealed class IdentifyBudget(TimeProvider time)
{
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5);
    private int _remaining = 1;
    private DateTimeOffset _resetAt;
    private DateTimeOffset? _lastIdentify;

    public int Remaining => _remaining;

    public void Update(SessionStartLimit limit)
    {
        _remaining = limit.Remaining;
        _resetAt = time.GetUtcNow() + limit.ResetAfter;
    }

    /// <summary>How long to wait before the next Identify may be sent; zero when it may go now.</summary>
    public TimeSpan WaitBeforeIdentify()
    {
        var now = time.GetUtcNow();
        if (_remaining <= 0 && now < _resetAt)
            return _resetAt - now;
        return _lastIdentify is { } last && last + Spacing > now ? last + Spacing - now : TimeSpan.Zero;
    }

    public void Consume()
    {
        _remaining--;
        _lastIdentify = time.GetUtcNow();
    }
}
