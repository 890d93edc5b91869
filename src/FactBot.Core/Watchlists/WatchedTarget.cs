namespace FactBot.Core.Watchlists;

/// <summary>A target as a detector sees it: with the watchlist it came from and that list's thresholds.</summary>
public sealed record WatchedTarget(WatchTarget Target, string Watchlist, DetectorThresholds Thresholds);
