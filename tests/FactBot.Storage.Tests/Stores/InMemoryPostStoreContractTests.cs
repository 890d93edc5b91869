using FactBot.Core.Abstractions;
using FactBot.TestKit.Fakes;

namespace FactBot.Storage.Tests.Stores;

public sealed class InMemoryPostStoreContractTests : PostStoreContract
{
    protected override IPostStore CreateStore() => new InMemoryPostStore();
}
