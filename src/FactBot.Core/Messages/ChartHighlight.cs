namespace FactBot.Core.Messages;

/// <summary>A time span to shade on a chart, e.g. the window an alert is about.</summary>
/// <param name="Start">Start (UTC, inclusive).</param>
/// <param name="End">End (UTC, exclusive).</param>
/// <param name="Label">Legend text, e.g. <c>volume surge</c>.</param>
public sealed record ChartHighlight(DateTimeOffset Start, DateTimeOffset End, string Label);
