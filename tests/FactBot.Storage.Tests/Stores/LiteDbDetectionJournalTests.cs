using FactBot.Core.Detection;
using FactBot.Storage.Database;
using FactBot.Storage.Stores;
using LiteDB;

namespace FactBot.Storage.Tests.Stores;

/// <summary>The journal's order survives restarts and older files: it numbers its marks itself.</summary>
public sealed class LiteDbDetectionJournalTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Journal_AppendedByProcessesInTurn_ReadsInAppendOrderWithNumberedIds()
    {
        for (var process = 0; process < 3; process++)
        {
            var journal = new LiteDbDetectionJournal(process == 0 ? _database.Database : _database.Reopen());
            await journal.AppendAsync(new DetectionMark(process * 10, T0.AddMinutes(process)));
            await journal.AppendAsync(new DetectionMark((process * 10) + 5, T0.AddMinutes(process)));
        }

        var read = await new LiteDbDetectionJournal(_database.Reopen()).ReadFromAsync(DateTimeOffset.MinValue);
        Assert.Equal([0, 5, 10, 15, 20, 25], read.Select(m => m.AfterSequence));
        Assert.All(_database.Database.Collection(Collections.DetectionJournal).FindAll(), doc => Assert.True(doc["_id"].IsInt64));
    }

    /// <summary>
    /// A journal written with LiteDB's ObjectIds (these two processes wrote in the same second; the second had the
    /// lower process id, so its ids sort first) is renumbered once in the order its ids give, and new marks follow.
    /// </summary>
    [Fact]
    public async Task Journal_WrittenWithObjectIds_IsNumberedInItsOrderOnceAndNewMarksFollow()
    {
        var old = _database.Database.Collection(Collections.DetectionJournal);
        var second = (int)T0.ToUnixTimeSeconds();
        foreach (var (after, increment) in new[] { (3L, 7), (1L, 5), (2L, 6) })
            old.Insert(new BsonDocument { ["_id"] = new ObjectId(second, 1, 100, increment), ["After"] = after, ["At"] = T0.UtcTicks + after });

        var journal = new LiteDbDetectionJournal(_database.Database);
        await journal.AppendAsync(new DetectionMark(4, T0.AddMinutes(1)));

        var read = await new LiteDbDetectionJournal(_database.Reopen()).ReadFromAsync(DateTimeOffset.MinValue);
        Assert.Equal([1, 2, 3, 4], read.Select(m => m.AfterSequence));
        Assert.Equal([1L, 2L, 3L, 4L], _database.Database.Collection(Collections.DetectionJournal).FindAll().Select(d => d["_id"].AsInt64).Order());
    }
}
