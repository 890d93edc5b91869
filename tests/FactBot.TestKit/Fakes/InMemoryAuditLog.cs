using FactBot.Core.Abstractions;
using FactBot.Core.Audit;

namespace FactBot.TestKit.Fakes;

/// <summary><see cref="IAuditLog"/> in a list; newest first, equal times latest-appended first (as the LiteDB log).</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    private readonly List<AuditEntry> _entries = [];
    private readonly Lock _gate = new();

    /// <summary>Every entry in append order (a snapshot).</summary>
    public IReadOnlyList<AuditEntry> Entries
    {
        get
        {
            lock (_gate)
                return [.. _entries];
        }
    }

    public Task AppendAsync(AuditEntry entry, CancellationToken ct = default)
    {
        lock (_gate)
            _entries.Add(entry);

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> RecentAsync(int limit, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        lock (_gate)
        {
            // Reverse first so the stable sort keeps "latest appended first" among equal times.
            IReadOnlyList<AuditEntry> recent = [.. Enumerable.Reverse(_entries).OrderByDescending(e => e.At).Take(limit)];
            return Task.FromResult(recent);
        }
    }
}
