namespace FactBot.Core.Alerts;

/// <summary>
/// Severity from the signals present together on one target: coordinated posting and a state-media surge on the
/// same target is the pattern FactBot exists for, so each raises the other. Only ever raises, so applying it
/// again changes nothing.
/// </summary>
internal static class Corroboration
{
    public static Severity Required(AlertKind kind, IReadOnlySet<AlertKind> present)
    {
        var coordination = present.Contains(AlertKind.Coordination);
        var stateMedia = present.Contains(AlertKind.StateMediaSurge);
        var volume = present.Contains(AlertKind.VolumeSurge);
        if (coordination && stateMedia && volume)
            return Severity.Critical;
        if (coordination && stateMedia)
            return Severity.High;
        return kind != AlertKind.Coordination && coordination ? Severity.High : Severity.Low;
    }

    public static Alert Raise(Alert alert, Severity severity, IReadOnlySet<AlertKind> present, bool isNewRevision)
    {
        var others = present.Where(k => k != alert.Kind).Select(k => k.ToDisplay().ToLowerInvariant()).Order(StringComparer.Ordinal);
        var note = $" Corroborated by {string.Join(" and ", others)} on {alert.Target.Key}: severity raised to {severity}.";
        var signals = new Dictionary<string, double>(alert.Signals)
        {
            ["corroborating_kinds"] = present.Count - 1,
        };
        return alert with
        {
            Severity = severity,
            Confidence = Math.Max(alert.Confidence, severity == Severity.Critical ? 0.95 : 0.9),
            Signals = signals,
            Explanation = alert.Explanation.Contains(" Corroborated by ", StringComparison.Ordinal)
                ? alert.Explanation[..alert.Explanation.IndexOf(" Corroborated by ", StringComparison.Ordinal)] + note
                : alert.Explanation + note,
            Revision = isNewRevision ? alert.Revision + 1 : alert.Revision,
            Status = isNewRevision && alert.Status == AlertStatus.Open ? AlertStatus.Updated : alert.Status,
        };
    }
}
