using FactBot.Core.Abstractions;
using FactBot.TestKit.Fakes;

namespace FactBot.Storage.Tests.Stores;

public sealed class InMemoryQuotaStoreContractTests : QuotaStoreContract
{
    protected override IQuotaStore CreateStore() => new InMemoryQuotaStore();
}
