namespace FactBot.Telegram.Polling;

/// <summary>Waits between failed polls: one second, doubling up to a ceiling, back to none after a success. A 409
/// (another poller on this token) is retried this way instead of in a tight loop.</summary>
internal sealed class PollBackoff(TimeSpan max)
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    private TimeSpan _current = TimeSpan.Zero;

    public TimeSpan Next()
    {
        _current = _current == TimeSpan.Zero ? First : _current * 2;
        if (_current > max)
            _current = max;
        return _current;
    }

    public void Reset() => _current = TimeSpan.Zero;
}
