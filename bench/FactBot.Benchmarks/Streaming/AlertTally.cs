using FactBot.Core.Alerts;

namespace FactBot.Benchmarks.Streaming;

/// <summary>Hears every alert change: counts them by kind and keeps the latest revision of each alert.</summary>
internal sealed class AlertTally : IAlertChangeHandler
{
    private readonly Dictionary<string, Alert> _alerts = new(StringComparer.Ordinal);

    public int Changes { get; private set; }

    /// <summary>Alerts opened or re-opened: what a subscriber would be told about as new.</summary>
    public Dictionary<AlertKind, int> Fired { get; } = [];

    public IReadOnlyCollection<Alert> Alerts => _alerts.Values;

    public Task HandleAsync(IReadOnlyList<AlertChange> changes, DateTimeOffset now, CancellationToken ct = default)
    {
        foreach (var change in changes)
        {
            Changes++;
            _alerts[change.Alert.Id] = change.Alert;
            if (change.Kind is AlertChangeKind.Opened or AlertChangeKind.Reopened)
                Fired[change.Alert.Kind] = Fired.GetValueOrDefault(change.Alert.Kind) + 1;
        }

        return Task.CompletedTask;
    }
}
