using FactBot.Core.Abstractions;
using FactBot.Core.Sources;
using FactBot.Storage.Stores;
using FactBot.TestKit.Fakes;

namespace FactBot.Storage.Tests.Stores;

/// <summary>Listing checkpoints (for freshness): the LiteDB store and the fake agree, watermarks survive a reopen.</summary>
public sealed class CheckpointStoreListTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task ListAsync_LiteDbAfterReopen_EqualsTheFake()
    {
        var fake = new InMemoryCheckpointStore();
        await SaveAllAsync(new LiteDbCheckpointStore(_db.Database));
        await SaveAllAsync(fake);

        var listed = await new LiteDbCheckpointStore(_db.Reopen()).ListAsync();

        Assert.Equal(["mastodon:x#donbas", "tiktok-research:a1", "tiktok-research:b2"], listed.Select(c => c.SourceId));
        Assert.Equal(await fake.ListAsync(), listed);
        Assert.Equal(T0.AddDays(-2), listed[1].CompleteThrough);
        Assert.Null(listed[2].CompleteThrough);
    }

    private static async Task SaveAllAsync(ICheckpointStore store)
    {
        await store.SaveAsync(new SourceCheckpoint("tiktok-research:b2", "w2", T0));
        await store.SaveAsync(new SourceCheckpoint("mastodon:x#donbas", "105", T0) { CompleteThrough = T0.AddMinutes(-1) });
        await store.SaveAsync(new SourceCheckpoint("tiktok-research:a1", "w1", T0) { CompleteThrough = T0.AddDays(-2) });
    }
}
