using FactBot.Core.Abstractions;
using FactBot.Core.Alerts;
using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Stores;

/// <summary>
/// Alerts keyed by id. Lists are newest update first (ties by id); "latest by dedupe key" is the most recently
/// opened one (ties: most recently updated).
/// </summary>
internal sealed class LiteDbAlertStore(FactBotDatabase database) : IAlertStore
{
    private readonly ILiteCollection<BsonDocument> _alerts = database.Collection(Collections.Alerts);

    public Task UpsertAsync(Alert alert, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        _alerts.Upsert(AlertDocument.ToDocument(alert));
        return Task.CompletedTask;
    }

    public Task<Alert?> GetAsync(string id, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var doc = _alerts.FindById(id);
        return Task.FromResult(doc is null ? null : AlertDocument.ToAlert(doc));
    }

    public Task<IReadOnlyList<Alert>> GetOpenAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var notClosed = new BsonArray(
            Enum.GetValues<AlertStatus>().Where(s => s is not (AlertStatus.Closed or AlertStatus.Withdrawn)).Select(s => new BsonValue(s.ToString())));
        IReadOnlyList<Alert> open = _alerts.Find(BsonExpression.Create($"$.{AlertDocument.Status} IN @0", notClosed))
            .OrderBy(doc => doc[AlertDocument.UpdatedOrder].AsString, StringComparer.Ordinal)
            .Select(AlertDocument.ToAlert)
            .ToList();
        return Task.FromResult(open);
    }

    public Task<Alert?> GetLatestByDedupeKeyAsync(string dedupeKey, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var latest = _alerts.Find(BsonExpression.Create($"$.{AlertDocument.DedupeKey} = @0", dedupeKey))
            .Select(AlertDocument.ToAlert)
            .OrderByDescending(alert => alert.OpenedAt)
            .ThenByDescending(alert => alert.UpdatedAt)
            .ThenBy(alert => alert.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        return Task.FromResult(latest);
    }

    public Task<IReadOnlyList<Alert>> QueryAsync(
        string? targetKey, AlertKind? kind, DateTimeOffset? since, int limit, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0)
            return Task.FromResult<IReadOnlyList<Alert>>([]);

        IReadOnlyList<Alert> alerts = Recent(_alerts, targetKey, kind, since, limit)
            .ToEnumerable()
            .Select(AlertDocument.ToAlert)
            .ToList();
        return Task.FromResult(alerts);
    }

    public Task<bool> ExistsAsync(string id, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(_alerts.Exists("_id = @0", id));
    }

    /// <summary>Newest update first, from one index range; the kind is a filter on that range.</summary>
    internal static ILiteQueryableResult<BsonDocument> Recent(
        ILiteCollection<BsonDocument> alerts, string? targetKey, AlertKind? kind, DateTimeOffset? since, int limit)
    {
        // Both order fields put the newest update first, so "updated at or after since" is everything below one bound.
        var bound = OrderKeys.DescendingBound(since ?? DateTimeOffset.MinValue);
        var query = targetKey is null
            ? alerts.Query().Where($"$.{AlertDocument.UpdatedOrder} BETWEEN @0 AND @1", "", bound)
            : alerts.Query().Where(
                $"$.{AlertDocument.TargetOrder} BETWEEN @0 AND @1",
                OrderKeys.Join(targetKey, ""),
                OrderKeys.Join(targetKey, bound));
        if (kind is { } k)
            query = query.Where($"$.{AlertDocument.Kind} = @0", k.ToString());

        return query.Limit(limit);
    }
}
