namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// How many distinct accounts used each object over the lookback: the document frequency behind the trending
/// discount. An object used by one account (most captions and sound+hashtag sets) is one 16-byte slot of a
/// <see cref="SingleUseTable"/>; a second account moves it to a set of accounts with their latest use. Uses older
/// than the cutoff are forgotten by <see cref="Sweep"/>, which runs a few times per lookback, so a count may include
/// accounts that left the lookback since the last sweep. Times are kept to the minute.
/// </summary>
/// <remarks>
/// Only whether the count exceeds <c>cap</c> matters, so a set keeps the cap + 1 most recently seen accounts and
/// forgets the least recent when a new one comes: the count then reads cap + 1 exactly while the cap + 1 most recent
/// accounts are all inside the lookback, which is exactly when more than cap accounts are (any account forgotten was
/// seen before all of them). A trending sound costs 101 entries, not one per account that used it.
/// </remarks>
/// <param name="cap">The largest count that is not a discount (CoordinationOptions.MaxAccountsPerObjectLookback).</param>
internal sealed class DocumentFrequency(int cap)
{
    private readonly SingleUseTable _single = new();
    private readonly Dictionary<ulong, AccountSet> _multi = [];
    private readonly List<ulong> _collapse = [];

    public int Count => _single.Count + _multi.Count;

    /// <summary>Bytes held, roughly: the single-use table, and per set a dictionary's overhead and entries.</summary>
    public long Bytes => _single.Bytes + _multi.Sum(pair => 28 + pair.Value.Bytes);

    /// <summary>Records a use; returns the distinct accounts after it, and whether this account was new to the object.</summary>
    public int Add(ulong id, int account, long ticks, out bool grew)
    {
        var minute = Minute(ticks);
        if (_multi.TryGetValue(id, out var set))
        {
            grew = set.Use(account, minute, cap);
            return set.Count;
        }

        var slot = _single.Find(id);
        if (slot < 0)
        {
            _single.Add(id, account, minute);
            grew = true;
            return 1;
        }

        if (_single.AccountAt(slot) == account)
        {
            _single.Touch(slot, minute);
            grew = false;
            return 1;
        }

        _multi[id] = new AccountSet(_single.AccountAt(slot), _single.MinuteAt(slot), account, minute);
        _single.RemoveAt(slot);
        grew = true;
        return 2;
    }

    public int CountOf(ulong id) =>
        _multi.TryGetValue(id, out var set) ? set.Count : _single.Find(id) >= 0 ? 1 : 0;

    /// <summary>
    /// Forgets uses before <paramref name="cutoffTicks"/>; reports each object that stopped trending (its count fell
    /// from above the cap to the cap or below). Only that changes whether an object is discounted, so a single-use
    /// object forgotten (most of those dropped) is not reported.
    /// </summary>
    public void Sweep(long cutoffTicks, Action<ulong> stoppedTrending)
    {
        var cutoff = Minute(cutoffTicks);
        _single.Sweep(cutoff);
        _collapse.Clear();
        foreach (var (id, set) in _multi)
        {
            var before = set.Count;
            if (set.Prune(cutoff) > 0 && before > cap && set.Count <= cap)
                stoppedTrending(id);
            if (set.Count <= 1)
                _collapse.Add(id);
        }

        // A set down to one account goes back to the small form; an empty one is gone.
        foreach (var id in _collapse)
        {
            _multi.Remove(id, out var set);
            if (set!.Count == 1)
            {
                var (account, last) = set.First;
                _single.Add(id, account, last);
            }
        }
    }

    private static int Minute(long ticks) => (int)Math.Clamp(ticks / TimeSpan.TicksPerMinute, 0, int.MaxValue);
}
