namespace FactBot.Core.Watchlists;

/// <summary>A named set of targets with its own thresholds. A watchlist named <c>main</c> always exists.</summary>
public sealed record Watchlist
{
    public const string MainName = "main";

    public required string Name { get; init; }

    public IReadOnlyList<WatchTarget> Targets { get; init; } = [];

    public DetectorThresholds Thresholds { get; init; } = DetectorThresholds.None;

    /// <summary>The chat that created it, if any, as <c>platform:chatId</c>.</summary>
    public string? OwnerChat { get; init; }
}
