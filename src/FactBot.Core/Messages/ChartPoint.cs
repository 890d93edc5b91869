namespace FactBot.Core.Messages;

/// <summary>One bin of a <see cref="ChartSeries"/>.</summary>
/// <param name="Start">Bin start (UTC).</param>
/// <param name="Count">Posts counted in the bin.</param>
/// <param name="Expected">The count the detector expected; null when the bin was not judged.</param>
/// <param name="Low">Lower edge of the usual range; null with <paramref name="Expected"/>.</param>
/// <param name="High">Upper edge of the usual range; null with <paramref name="Expected"/>.</param>
public readonly record struct ChartPoint(DateTimeOffset Start, int Count, double? Expected, double? Low, double? High);
