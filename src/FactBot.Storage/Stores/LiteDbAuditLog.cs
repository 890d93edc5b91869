using FactBot.Core.Abstractions;
using FactBot.Core.Audit;
using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Stores;

/// <summary>Append-only audit entries; equal times come back latest-appended first.</summary>
internal sealed class LiteDbAuditLog(FactBotDatabase database) : IAuditLog
{
    private readonly ILiteCollection<BsonDocument> _audit = database.Db.GetCollection(Collections.Audit, BsonAutoId.Int64);

    public Task AppendAsync(AuditEntry entry, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        _audit.Insert(AuditEntryDocument.ToDocument(entry));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> RecentAsync(int limit, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (limit == 0)
            return Task.FromResult<IReadOnlyList<AuditEntry>>([]);

        // Ordering by the indexed field makes LiteDB walk the index backwards instead of sorting; the index keeps
        // equal keys in insertion order, so walking backwards also gives "latest appended first" on ties.
        IReadOnlyList<AuditEntry> entries = _audit.Query()
            .OrderByDescending($"$.{AuditEntryDocument.At}")
            .Limit(limit)
            .ToEnumerable()
            .Select(AuditEntryDocument.ToEntry)
            .ToList();
        return Task.FromResult(entries);
    }
}
