namespace FactBot.Discord.Rest;

/// <summary>
/// Counts 401/403/429 answers over Discord's 10-minute window. Discord bans the IP at 10,000; we trip far earlier
/// (the budget) and refuse to call Discord until the window has room again, so a bug cannot get the bot banned.
/// </summary>
internal sealed class InvalidRequestGuard(TimeProvider time, int budget)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _invalid = new();

    public int Budget => budget;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                Expire(time.GetUtcNow());
                return _invalid.Count;
            }
        }
    }

    public void Record()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            Expire(now);
            _invalid.Enqueue(now);
        }
    }

    /// <summary>True when the budget is used up; <paramref name="until"/> is when the oldest answer leaves the window.</summary>
    public bool IsTripped(out DateTimeOffset until)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            Expire(now);
            if (_invalid.Count < budget)
            {
                until = now;
                return false;
            }

            until = _invalid.ElementAt(_invalid.Count - budget) + Window;
            return true;
        }
    }

    private void Expire(DateTimeOffset now)
    {
        while (_invalid.Count > 0 && now - _invalid.Peek() >= Window)
            _invalid.Dequeue();
    }
}
