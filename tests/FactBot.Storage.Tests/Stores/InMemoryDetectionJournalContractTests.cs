using FactBot.Core.Abstractions;
using FactBot.TestKit.Fakes;

namespace FactBot.Storage.Tests.Stores;

public sealed class InMemoryDetectionJournalContractTests : DetectionJournalContract
{
    protected override IDetectionJournal Journal { get; } = new InMemoryDetectionJournal();
}
