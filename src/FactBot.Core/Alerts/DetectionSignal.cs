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
}
