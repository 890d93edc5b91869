using FactBot.Core.Abstractions;
using FactBot.Core.Sources;

namespace FactBot.TestKit.Fakes;

/// <summary><see cref="IQuotaStore"/> in a dictionary keyed by quota name.</summary>
public sealed class InMemoryQuotaStore : IQuotaStore
{
    private readonly Dictionary<string, QuotaUsage> _quotas = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task<QuotaUsage?> GetAsync(string name, CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult(_quotas.GetValueOrDefault(name));
    }

    public Task SaveAsync(QuotaUsage usage, CancellationToken ct = default)
    {
        lock (_gate)
            _quotas[usage.Name] = usage;

        return Task.CompletedTask;
    }
}
