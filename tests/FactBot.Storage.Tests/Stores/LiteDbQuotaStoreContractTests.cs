using FactBot.Core.Abstractions;
using FactBot.Core.Sources;
using FactBot.Storage.Stores;

namespace FactBot.Storage.Tests.Stores;

public sealed class LiteDbQuotaStoreContractTests : QuotaStoreContract, IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    protected override IQuotaStore CreateStore() => new LiteDbQuotaStore(_db.Database);

    [Fact]
    public async Task SaveAsync_ThenReopen_IsStillThere()
    {
        var usage = new QuotaUsage("api:quota", new DateOnly(2024, 5, 1), 3, 40, T0.AddHours(2), T0);
        await CreateStore().SaveAsync(usage);

        _db.Reopen();

        Assert.Equal(usage, await CreateStore().GetAsync("api:quota"));
    }
}
