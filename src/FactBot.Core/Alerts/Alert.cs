using FactBot.Core.Watchlists;

namespace FactBot.Core.Alerts;

/// <summary>
/// One alert with everything behind it. One open alert exists per (target, kind, group); new evidence updates it,
/// a quiet period closes it, and a re-surge re-opens it.
/// </summary>
public sealed record Alert
{
    /// <summary>Short human id, e.g. <c>A-7K2F</c>.</summary>
    public required string Id { get; init; }

    public required AlertKind Kind { get; init; }

    public required WatchTarget Target { get; init; }

    /// <summary>The watchlist whose gates fired first (its thresholds are the ones in the numbers).</summary>
    public string Watchlist { get; init; } = global::FactBot.Core.Watchlists.Watchlist.MainName;

    /// <summary>
    /// Every watchlist the alert is news for: the lists watching its target whose gates a finding passed, gathered over
    /// its life. Subscriptions to any of them receive it. Empty means <see cref="Watchlist"/> alone (<see cref="Audience"/>).
    /// </summary>
    public IReadOnlyList<string> Watchlists { get; init; } = [];

    public string? GroupKey { get; init; }

    public required DateTimeOffset OpenedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public required DateTimeOffset WindowStart { get; init; }

    public required DateTimeOffset WindowEnd { get; init; }

    public AlertStatus Status { get; init; } = AlertStatus.Open;

    public required Severity Severity { get; init; }

    public double Confidence { get; init; }

    /// <summary>The numbers of the latest (strongest) finding.</summary>
    public IReadOnlyDictionary<string, double> Signals { get; init; } = new Dictionary<string, double>();

    public AlertEvidence Evidence { get; init; } = AlertEvidence.Empty;

    public required string Explanation { get; init; }

    /// <summary>Bumped on every update, so chat messages can be edited only when something changed.</summary>
    public int Revision { get; init; } = 1;

    public int ReopenCount { get; init; }

    public VerdictTally Verdicts { get; init; } = VerdictTally.None;

    /// <summary>
    /// Set when the alert was found well after its window ended (late data: the TikTok Research API's lag, a file of past
    /// posts, a poll after an outage): how long after the window the finding came. Null for an alert found on time.
    /// </summary>
    public TimeSpan? LateBy { get; init; }

    /// <summary>When the quiet period that closes it starts: the window's end, or for a late alert when it was last found.</summary>
    public DateTimeOffset QuietFrom => LateBy is null || UpdatedAt < WindowEnd ? WindowEnd : UpdatedAt;

    /// <summary>The lists whose subscribers are told: <see cref="Watchlists"/>, or <see cref="Watchlist"/> alone when empty.</summary>
    public IReadOnlyList<string> Audience => Watchlists.Count > 0 ? Watchlists : [Watchlist];

    /// <summary>Whether subscribers of <paramref name="watchlist"/> are told about this alert.</summary>
    public bool IsFor(string watchlist) => Audience.Contains(watchlist, StringComparer.Ordinal);

    /// <summary>The key the engine deduplicates on: one open alert per (kind, target, group).</summary>
    public string DedupeKey => AlertDedupeKey.Of(Kind, Target.Key, GroupKey);
}
