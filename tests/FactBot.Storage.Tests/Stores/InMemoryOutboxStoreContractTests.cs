using FactBot.Core.Abstractions;
using FactBot.TestKit.Fakes;

namespace FactBot.Storage.Tests.Stores;

public sealed class InMemoryOutboxStoreContractTests : OutboxStoreContract
{
    protected override IOutboxStore CreateStore() => new InMemoryOutboxStore();
}
