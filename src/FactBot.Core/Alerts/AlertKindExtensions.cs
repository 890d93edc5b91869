namespace FactBot.Core.Alerts;

public static class AlertKindExtensions
{
    public static string ToDisplay(this AlertKind kind) => kind switch
    {
        AlertKind.VolumeSurge => "Volume surge",
        AlertKind.StateMediaSurge => "State-media surge",
        AlertKind.Coordination => "Coordinated posting",
        _ => kind.ToString(),
    };

    /// <summary>The word users type in <c>/alerts kind:…</c>.</summary>
    public static string ToSlug(this AlertKind kind) => kind switch
    {
        AlertKind.VolumeSurge => "volume",
        AlertKind.StateMediaSurge => "state-media",
        AlertKind.Coordination => "coordination",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
