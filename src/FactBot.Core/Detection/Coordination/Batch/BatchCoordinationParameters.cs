using FactBot.Core.Results;

namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>
/// The parameters of CooRTweet's <c>detect_groups</c> and <c>generate_coordinated_network</c>; the defaults are
/// CooRTweet's (<c>time_window = 10</c>, <c>min_participation = 2</c>, <c>edge_weight = 0.5</c>,
/// <c>remove_loops = TRUE</c>, which is always on here).
/// </summary>
public sealed record BatchCoordinationParameters
{
    /// <summary>Two shares of one object are a co-share when at most this far apart (inclusive). Default 10 s.</summary>
    public TimeSpan TimeWindow { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// An account needs at least this many input rows to be considered at all, and a pair survives only when one
    /// side's account has this many rows among the co-shared contents. 0 disables the second filter (as in R,
    /// where it runs only when <c>min_participation &gt;= 1</c>). Default 2.
    /// </summary>
    public int MinParticipation { get; init; } = 2;

    /// <summary>The quantile (0–1, R type 7) of edge weights an edge must strictly exceed to be coordinated. Default 0.5.</summary>
    public double EdgeWeight { get; init; } = 0.5;

    /// <summary>The window in whole seconds: timestamps are whole seconds, so |Δt| ≤ 10.5 s is |Δt| ≤ 10 s.</summary>
    internal long TimeWindowSeconds => TimeWindow.Ticks / TimeSpan.TicksPerSecond;

    /// <summary>Checks the ranges; the error names the offending parameter.</summary>
    public Result Validate()
    {
        if (TimeWindow < TimeSpan.Zero)
            return new InvalidArgument(nameof(TimeWindow), "The time window must be zero or more seconds.");

        if (MinParticipation < 0)
            return new InvalidArgument(nameof(MinParticipation), "The minimum participation must be zero or more.");

        if (!(EdgeWeight >= 0 && EdgeWeight <= 1))
            return new InvalidArgument(nameof(EdgeWeight), "The edge weight quantile must be between 0 and 1.");

        return Result.Ok();
    }
}
