namespace FactBot.Core.Alerts;

public enum AlertStatus
{
    Open,
    Updated,
    Closed,
}
