namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// The accounts that used one object, with the minute each last did: two small arrays searched linearly (they hold
/// at most cap + 1 accounts, and the search is vectorised), about 80 bytes for two accounts where a dictionary takes
/// about 200.
/// </summary>
internal sealed class AccountSet
{
    private int[] _accounts;
    private int[] _minutes;

    public AccountSet(int first, int firstMinute, int second, int secondMinute)
    {
        _accounts = [first, second];
        _minutes = [firstMinute, secondMinute];
        Count = 2;
    }

    public int Count { get; private set; }

    public long Bytes => 32 + 48 + (_accounts.Length * 8L);

    /// <summary>
    /// Records a use; true when the account was new to the set. A set already holding more than
    /// <paramref name="cap"/> accounts forgets its least recent one to make room, so it never grows past cap + 1.
    /// </summary>
    public bool Use(int account, int minute, int cap)
    {
        var at = _accounts.AsSpan(0, Count).IndexOf(account);
        if (at >= 0)
        {
            _minutes[at] = Math.Max(_minutes[at], minute);
            return false;
        }

        if (Count > cap)
        {
            var oldest = _minutes.AsSpan(0, Count).IndexOf(Min(_minutes.AsSpan(0, Count)));
            (_accounts[oldest], _minutes[oldest]) = (account, minute);
            return true;
        }

        if (Count == _accounts.Length)
        {
            Array.Resize(ref _accounts, Count * 2);
            Array.Resize(ref _minutes, Count * 2);
        }

        (_accounts[Count], _minutes[Count]) = (account, minute);
        Count++;
        return true;
    }

    /// <summary>Forgets accounts last seen before <paramref name="cutoffMinute"/>; returns how many.</summary>
    public int Prune(int cutoffMinute)
    {
        var kept = 0;
        for (var i = 0; i < Count; i++)
        {
            if (_minutes[i] < cutoffMinute)
                continue;
            (_accounts[kept], _minutes[kept]) = (_accounts[i], _minutes[i]);
            kept++;
        }

        var removed = Count - kept;
        Count = kept;
        return removed;
    }

    public (int Account, int Minute) First => (_accounts[0], _minutes[0]);

    private static int Min(ReadOnlySpan<int> values)
    {
        var min = int.MaxValue;
        foreach (var value in values)
            min = Math.Min(min, value);
        return min;
    }
}
