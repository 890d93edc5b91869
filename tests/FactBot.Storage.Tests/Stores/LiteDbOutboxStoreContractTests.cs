using FactBot.Core.Abstractions;
using FactBot.Storage.Stores;

namespace FactBot.Storage.Tests.Stores;

public sealed class LiteDbOutboxStoreContractTests : OutboxStoreContract, IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    protected override IOutboxStore CreateStore() => new LiteDbOutboxStore(_db.Database);
}
