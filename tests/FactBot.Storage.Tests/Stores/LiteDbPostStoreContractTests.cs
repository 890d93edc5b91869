using FactBot.Core.Abstractions;
using FactBot.Storage.Stores;

namespace FactBot.Storage.Tests.Stores;

public sealed class LiteDbPostStoreContractTests : PostStoreContract, IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    protected override IPostStore CreateStore() => new LiteDbPostStore(_db.Database);
}
