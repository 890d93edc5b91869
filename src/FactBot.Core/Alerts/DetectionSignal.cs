using FactBot.Core.Watchlists;

namespace FactBot.Core.Alerts;

/// <summary>
/// What a detector hands the alert engine: one finding for one target (and group, for coordination),
/// with the numbers behind it. The engine decides whether it opens, updates or re-opens an alert.
/// </summary>
public sealed record DetectionSignal
{
    public required AlertKind Kind { get; init; }

    public required WatchTarget Target { get; init; }

    public string Watchlist { get; init; } = Watchlists.Watchlist.MainName;

    /// <summary>
    /// Every watchlist this finding is news for (it watches the target and, where a list has its own gates, the
    /// finding passes them). Null: every list watching the target, which the detection engine fills in.
    /// </summary>
    public IReadOnlyList<string>? Audience { get; init; }

    /// <summary>Distinguishes several alerts of one kind on one target (coordination groups).</summary>
    public string? GroupKey { get; init; }

    public required DateTimeOffset WindowStart { get; init; }

    public required DateTimeOffset WindowEnd { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>0..1.</summary>
    public double Confidence { get; init; }

    /// <summary>The numbers behind the finding, by name (count, expected, ratio, p, …).</summary>
    public IReadOnlyDictionary<string, double> Numbers { get; init; } = new Dictionary<string, double>();

    public AlertEvidence Evidence { get; init; } = AlertEvidence.Empty;

    /// <summary>One or two sentences a volunteer can read: why this fired.</summary>
    public required string Explanation { get; init; }

    /// <summary>
    /// The window no longer fires: late posts judged again changed its numbers (e.g. they raised its baseline). An
    /// alert that rests on this window alone is withdrawn.
    /// </summary>
    public bool Withdrawn { get; init; }

    /// <summary>The signal that takes back an earlier finding on this window.</summary>
    public static DetectionSignal Withdraw(AlertKind kind, WatchTarget target, string watchlist, DateTimeOffset start, DateTimeOffset end) => new()
    {
        Kind = kind,
        Target = target,
        Watchlist = watchlist,
        WindowStart = start,
        WindowEnd = end,
        Severity = Severity.Low,
        Explanation = "Withdrawn: posts that arrived late changed the numbers, and this window is no longer unusual.",
        Withdrawn = true,
    };
}
