namespace FactBot.Core.Messages;

/// <summary>Counts per fixed-width bin, oldest first, with the expected value and its usual range where known.</summary>
/// <param name="BinSize">Width of every bin (the x axis is in UTC bins of this size).</param>
/// <param name="Points">One point per bin, consecutive and oldest first.</param>
public sealed record ChartSeries(TimeSpan BinSize, IReadOnlyList<ChartPoint> Points);
