namespace FactBot.Discord.Rest;

/// <summary>
/// Discord's per-bot global limit (50 requests/s): a one-second sliding window with some headroom, plus a full stop
/// while a global 429 says so.
/// </summary>
internal sealed class GlobalRateLimit(TimeProvider time, int perSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _recent = new();
    private DateTimeOffset _pausedUntil;

    public async Task WaitAsync(CancellationToken ct)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                while (_recent.Count > 0 && now - _recent.Peek() >= Window)
                    _recent.Dequeue();
                if (now < _pausedUntil)
                    wait = _pausedUntil - now;
                else if (_recent.Count < perSecond)
                {
                    _recent.Enqueue(now);
                    return;
                }
                else
                    wait = _recent.Peek() + Window - now;
            }

            await Task.Delay(wait, time, ct);
        }
    }

    public void Pause(TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (until > _pausedUntil)
                _pausedUntil = until;
        }
    }
}
