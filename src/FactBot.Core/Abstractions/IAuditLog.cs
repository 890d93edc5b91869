using FactBot.Core.Audit;

namespace FactBot.Core.Abstractions;

public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken ct = default);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> RecentAsync(int limit, CancellationToken ct = default);
}
