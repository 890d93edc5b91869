namespace FactBot.Core.Detection.Surge;

/// <summary>
/// What late posts did to one series since it was last judged again: the earliest judged bin they fell into (judging
/// again starts there) and the bins whose counts feed baselines, so bins whose expectation they cannot have moved are
/// passed over. Guarded by its owner.
/// </summary>
internal sealed class LateMarks
{
    private readonly List<long> _bins = [];

    /// <summary>The earliest marked bin; long.MaxValue when none.</summary>
    public long From { get; private set; } = long.MaxValue;

    /// <summary>Marks a judged bin; <paramref name="movesBaselines"/> when its count feeds the tested baselines. True when the series was not due before.</summary>
    public bool Mark(long bin, bool movesBaselines = true)
    {
        var due = From == long.MaxValue;
        From = Math.Min(From, bin);
        if (movesBaselines && !_bins.Contains(bin))
            _bins.Add(bin);
        return due;
    }

    /// <summary>Whether a late post fell into <paramref name="bin"/> or into a bin its baseline reads.</summary>
    public bool Touched(SurgeTest test, long bin, long start)
    {
        foreach (var late in _bins)
        {
            if (late == bin || test.BaselineReads(bin, late, start))
                return true;
        }

        return false;
    }

    /// <summary>The first bin to judge again; the marks are cleared by <see cref="Clear"/> once judged.</summary>
    public long Take()
    {
        var from = From;
        From = long.MaxValue;
        return from;
    }

    public void Clear() => _bins.Clear();
}
