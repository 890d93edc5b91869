using FactBot.Core.Abstractions;
using FactBot.Storage.Stores;

namespace FactBot.Storage.Tests.Stores;

public sealed class LiteDbDetectionJournalContractTests : DetectionJournalContract, IDisposable
{
    private readonly TestDatabase _database = new();

    public LiteDbDetectionJournalContractTests() => Journal = new LiteDbDetectionJournal(_database.Database);

    protected override IDetectionJournal Journal { get; }

    public void Dispose() => _database.Dispose();
}
