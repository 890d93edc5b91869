namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// The shares of one object inside the lookback, sorted by post time (late posts are inserted in place), with the
/// number of distinct accounts that used it: the document frequency behind the trending discount.
/// </summary>
internal sealed class ObjectShares(string label)
{
    private readonly List<SharedPost> _shares = [];
    private readonly Dictionary<string, int> _accounts = new(StringComparer.Ordinal);

    public string Label => label;

    public IReadOnlyList<SharedPost> Shares => _shares;

    public int DistinctAccounts => _accounts.Count;

    public int Count => _shares.Count;

    public void Add(SharedPost post)
    {
        // Upper bound keeps arrival order among equal times, which orients same-second pairs like CooRTweet's row order.
        var index = UpperBound(post.CreatedAt);
        _shares.Insert(index, post);
        _accounts[post.Account] = _accounts.GetValueOrDefault(post.Account) + 1;
    }

    /// <summary>The index range [from, to) of shares with <paramref name="start"/> ≤ time ≤ <paramref name="end"/>.</summary>
    public (int From, int To) Range(DateTimeOffset start, DateTimeOffset end) => (LowerBound(start), UpperBound(end));

    public void ExpireBefore(DateTimeOffset cutoff)
    {
        var count = LowerBound(cutoff);
        for (var i = 0; i < count; i++)
        {
            var account = _shares[i].Account;
            if (--_accounts[account] == 0)
                _accounts.Remove(account);
        }

        _shares.RemoveRange(0, count);
    }

    private int LowerBound(DateTimeOffset time)
    {
        int lo = 0, hi = _shares.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_shares[mid].CreatedAt < time)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo;
    }

    private int UpperBound(DateTimeOffset time)
    {
        int lo = 0, hi = _shares.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_shares[mid].CreatedAt <= time)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo;
    }
}
