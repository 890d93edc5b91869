namespace FactBot.Core.Alerts;

public enum AlertStatus
{
    Open,
    Updated,
    Closed,

    /// <summary>Taken back: late posts judged again showed its window was not unusual after all.</summary>
    Withdrawn,
}
