using FactBot.Core.Alerts;

namespace FactBot.Core.Abstractions;

public interface IAlertStore
{
    Task UpsertAsync(Alert alert, CancellationToken ct = default);

    Task<Alert?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>Alerts not closed.</summary>
    Task<IReadOnlyList<Alert>> GetOpenAsync(CancellationToken ct = default);

    /// <summary>The newest alert with this dedupe key, open or closed (for re-opening).</summary>
    Task<Alert?> GetLatestByDedupeKeyAsync(string dedupeKey, CancellationToken ct = default);

    /// <summary>Newest first, updated at or after <paramref name="since"/>; null filters match everything.</summary>
    Task<IReadOnlyList<Alert>> QueryAsync(string? targetKey, AlertKind? kind, DateTimeOffset? since, int limit, CancellationToken ct = default);

    Task<bool> ExistsAsync(string id, CancellationToken ct = default);
}
