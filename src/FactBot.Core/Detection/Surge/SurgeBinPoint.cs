namespace FactBot.Core.Detection.Surge;

/// <summary>One closed bin for charts: its count and the expectation it was judged against (null if not judged).</summary>
/// <param name="Start">Bin start (UTC).</param>
/// <param name="Count">Posts in the bin, late ones included.</param>
/// <param name="Expected">The expected count when the bin was judged; null while unjudged or without baseline.</param>
public readonly record struct SurgeBinPoint(DateTimeOffset Start, int Count, double? Expected);
