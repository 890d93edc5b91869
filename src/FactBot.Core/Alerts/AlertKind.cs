namespace FactBot.Core.Alerts;

public enum AlertKind
{
    VolumeSurge,
    StateMediaSurge,
    Coordination,
}
