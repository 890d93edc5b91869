using FactBot.Core.Abstractions;
using FactBot.Core.Alerts;

namespace FactBot.TestKit.Fakes;

/// <summary>
/// <see cref="IAlertStore"/> in a dictionary, with the LiteDB store's semantics: lists newest update first (ties by
/// id); "latest by dedupe key" is the most recently opened (then most recently updated).
/// </summary>
public sealed class InMemoryAlertStore : IAlertStore
{
    private readonly Dictionary<string, Alert> _alerts = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Every alert, newest update first (a snapshot).</summary>
    public IReadOnlyList<Alert> All
    {
        get
        {
            lock (_gate)
                return [.. NewestFirst(_alerts.Values)];
        }
    }

    public Task UpsertAsync(Alert alert, CancellationToken ct = default)
    {
        lock (_gate)
            _alerts[alert.Id] = alert;

        return Task.CompletedTask;
    }

    public Task<Alert?> GetAsync(string id, CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult(_alerts.GetValueOrDefault(id));
    }

    public Task<IReadOnlyList<Alert>> GetOpenAsync(CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<Alert>>([.. NewestFirst(_alerts.Values.Where(a => a.Status is not (AlertStatus.Closed or AlertStatus.Withdrawn)))]);
    }

    public Task<Alert?> GetLatestByDedupeKeyAsync(string dedupeKey, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var latest = _alerts.Values
                .Where(a => a.DedupeKey == dedupeKey)
                .OrderByDescending(a => a.OpenedAt)
                .ThenByDescending(a => a.UpdatedAt)
                .ThenBy(a => a.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            return Task.FromResult(latest);
        }
    }

    public Task<IReadOnlyList<Alert>> QueryAsync(
        string? targetKey, AlertKind? kind, DateTimeOffset? since, int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        lock (_gate)
        {
            var matching = _alerts.Values.Where(a =>
                (targetKey is null || a.Target.Key == targetKey)
                && (kind is null || a.Kind == kind)
                && (since is null || a.UpdatedAt >= since));
            return Task.FromResult<IReadOnlyList<Alert>>([.. NewestFirst(matching).Take(limit)]);
        }
    }

    public Task<bool> ExistsAsync(string id, CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult(_alerts.ContainsKey(id));
    }

    private static IEnumerable<Alert> NewestFirst(IEnumerable<Alert> alerts) =>
        alerts.OrderByDescending(a => a.UpdatedAt).ThenBy(a => a.Id, StringComparer.Ordinal);
}
