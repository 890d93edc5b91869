namespace FactBot.Core.Alerts;

public enum AlertChangeKind
{
    Opened,
    Updated,
    Reopened,
    Closed,
    Withdrawn,
}
