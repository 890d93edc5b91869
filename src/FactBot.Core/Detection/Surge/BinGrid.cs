namespace FactBot.Core.Detection.Surge;

/// <summary>
/// Absolute bin numbering: bin = UTC ticks / bin ticks. Because the bin divides a day and tick 0 is a midnight,
/// bin - BinsPerDay is always the same bin-of-day one day earlier.
/// </summary>
internal readonly record struct BinGrid
{
    public BinGrid(TimeSpan binSize)
    {
        if (binSize <= TimeSpan.Zero || TimeSpan.TicksPerDay % binSize.Ticks != 0)
            throw new ArgumentOutOfRangeException(nameof(binSize), binSize, "The bin size must divide a day.");
        BinSize = binSize;
        BinsPerDay = (int)(TimeSpan.TicksPerDay / binSize.Ticks);
    }

    public TimeSpan BinSize { get; }

    public int BinsPerDay { get; }

    public long IndexOf(DateTimeOffset time) => time.UtcTicks / BinSize.Ticks;

    public DateTimeOffset StartOf(long bin) => new(bin * BinSize.Ticks, TimeSpan.Zero);

    public DateTimeOffset EndOf(long bin) => new((bin + 1) * BinSize.Ticks, TimeSpan.Zero);

    /// <summary>Whole bins needed to cover <paramref name="span"/>, rounded up.</summary>
    public int BinsIn(TimeSpan span) => (int)((span.Ticks + BinSize.Ticks - 1) / BinSize.Ticks);
}
