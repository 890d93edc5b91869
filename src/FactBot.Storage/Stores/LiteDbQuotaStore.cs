using FactBot.Core.Abstractions;
using FactBot.Core.Sources;
using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Stores;

internal sealed class LiteDbQuotaStore(FactBotDatabase database) : IQuotaStore
{
    private readonly ILiteCollection<BsonDocument> _quotas = database.Collection(Collections.Quotas);

    public Task<QuotaUsage?> GetAsync(string name, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var doc = _quotas.FindById(name);
        return Task.FromResult(doc is null ? null : QuotaUsageDocument.ToUsage(doc));
    }

    public Task SaveAsync(QuotaUsage usage, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        _quotas.Upsert(QuotaUsageDocument.ToDocument(usage));
        return Task.CompletedTask;
    }
}
