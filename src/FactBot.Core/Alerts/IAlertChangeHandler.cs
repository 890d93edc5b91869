namespace FactBot.Core.Alerts;

/// <summary>Hears about every alert change: the router (to subscriptions), the replay's alert file, tests.</summary>
public interface IAlertChangeHandler
{
    Task HandleAsync(IReadOnlyList<AlertChange> changes, DateTimeOffset now, CancellationToken ct = default);
}
