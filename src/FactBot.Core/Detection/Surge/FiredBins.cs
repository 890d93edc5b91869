namespace FactBot.Core.Detection.Surge;

/// <summary>
/// The bins of one series that fired within the allowed lateness, with the numbers they fired on: when late posts make
/// a series be judged again, a bin that fires on the same numbers as before is not news and raises no signal. Almost
/// always empty (a series fires rarely), so a short list. Guarded by the series' lock.
/// </summary>
internal struct FiredBins
{
    private List<(long Bin, int Count, double P)>? _bins;

    /// <summary>Whether <paramref name="bin"/> fired when last judged.</summary>
    public readonly bool Contains(long bin) => _bins is not null && _bins.Exists(b => b.Bin == bin);

    /// <summary>Whether <paramref name="bin"/> fired before on exactly these numbers.</summary>
    public readonly bool Same(long bin, int count, double p)
    {
        if (_bins is null)
            return false;
        foreach (var fired in _bins)
        {
            if (fired.Bin == bin)
                return fired.Count == count && fired.P.Equals(p);
        }

        return false;
    }

    /// <summary>
    /// Records how <paramref name="bin"/> was judged, forgetting bins before <paramref name="forgetBefore"/>. Returns
    /// whether it had fired before.
    /// </summary>
    public bool Set(long bin, bool fired, int count, double p, long forgetBefore)
    {
        if (_bins is null && !fired)
            return false;
        _bins ??= [];
        var before = _bins.Exists(b => b.Bin == bin);
        _bins.RemoveAll(b => b.Bin == bin || b.Bin < forgetBefore);
        if (fired)
            _bins.Add((bin, count, p));
        return before;
    }
}
