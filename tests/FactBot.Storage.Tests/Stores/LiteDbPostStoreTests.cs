using FactBot.Core.Posts;
using FactBot.Storage.Database;
using FactBot.Storage.Migrations;
using FactBot.Storage.Stores;
using FactBot.TestKit.Posts;

namespace FactBot.Storage.Tests.Stores;

/// <summary>LiteDB-only behaviour; the shared behaviour is in <see cref="PostStoreContract"/>.</summary>
public sealed class LiteDbPostStoreTests : IDisposable
{
    private static readonly DateTimeOffset T0 = PostBuilder.Epoch;
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task AddNewAsync_ConcurrentOverlappingBatches_EachPostAddedExactlyOnce()
    {
        var sut = new LiteDbPostStore(_db.Database);
        var batches = Enumerable.Range(0, 8)
            .Select(b => Enumerable.Range(b * 50, 200).Select(i => PostBuilder.Create($"p{i}", at: T0.AddSeconds(i))).ToList())
            .ToList();

        var results = await Task.WhenAll(batches.Select(batch => Task.Run(() => sut.AddNewAsync(batch))));

        var added = results.SelectMany(r => r).Select(p => p.Key).ToList();
        Assert.Equal(added.Count, added.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(550, added.Count);
        Assert.Equal(550, await sut.CountAsync());
    }

    [Fact]
    public async Task Queries_AfterReopen_UseThePersistedIndexes()
    {
        await new LiteDbPostStore(_db.Database).AddNewAsync(
        [
            PostBuilder.Create("1", "ann", T0, hashtags: ["a"], sound: "9"),
            PostBuilder.Create("2", "ann", T0.AddMinutes(1), hashtags: ["a"]),
        ]);

        var sut = new LiteDbPostStore(_db.Reopen());

        Assert.Equal(["tiktok:2", "tiktok:1"], (await sut.GetByTargetAsync("#a", T0, T0.AddDays(1), 10)).Select(p => p.Key));
        Assert.Equal(["tiktok:1"], (await sut.GetByTargetAsync("sound:9", T0, T0.AddDays(1), 10)).Select(p => p.Key));
        Assert.Equal(2, (await sut.GetByAuthorAsync("tiktok", "ann", 10)).Count);
    }

    [Fact]
    public async Task AddNewAsync_HashtagTooLongToIndex_StoresThePostWithoutThatIndexEntry()
    {
        var sut = new LiteDbPostStore(_db.Database);
        var huge = new string('x', 2000);

        var added = await sut.AddNewAsync([PostBuilder.Create("1", at: T0, hashtags: [huge, "ok"])]);

        Assert.Single(added);
        Assert.Equal(huge, (await sut.GetAsync("tiktok:1"))!.Hashtags[0]);
        Assert.Single(await sut.GetByTargetAsync("#ok", T0, T0.AddDays(1), 10));
        Assert.Empty(await sut.GetByTargetAsync("#" + huge, T0, T0.AddDays(1), 10));
    }

    [Fact]
    public async Task Sequence_SurvivesReopenOfAFileDatabase()
    {
        var path = Path.Combine(Path.GetTempPath(), $"factbot-test-{Guid.NewGuid():N}.db");
        try
        {
            using (var db = FactBotDatabase.Open(path, StorageMigrations.All))
            {
                var store = new LiteDbPostStore(db);
                await store.AddNewAsync([PostBuilder.Create("1", at: T0), PostBuilder.Create("2", at: T0)]);
                await store.DeleteAsync(["tiktok:2"]);
            }

            using (var db = FactBotDatabase.Open(path, StorageMigrations.All))
            {
                var sut = new LiteDbPostStore(db);
                Assert.Equal(2, await sut.LastSequenceAsync());
                await sut.AddNewAsync([PostBuilder.Create("3", at: T0)]);
                Assert.Equal([(1L, "tiktok:1"), (3L, "tiktok:3")], (await sut.ReadAfterSequenceAsync(0, 10)).Select(p => (p.Sequence, p.Post.Key)));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task AddNewAsync_InATransactionRolledBack_LeavesNoPostAndNoNumberTaken()
    {
        var sut = new LiteDbPostStore(_db.Database);
        Assert.True(_db.Database.Db.BeginTrans());
        await sut.AddNewAsync([PostBuilder.Create("1", at: T0)]);
        _db.Database.Db.Rollback();

        Assert.Equal(0, await sut.CountAsync());
        Assert.Equal(0, await sut.LastSequenceAsync());
        await sut.AddNewAsync([PostBuilder.Create("1", at: T0)]);
        Assert.Equal(1, (await sut.ReadAfterSequenceAsync(0, 10)).Single().Sequence);
    }

    [Fact]
    public async Task AddNewAsync_InAnOpenTransaction_DoesNotCommitIt()
    {
        var sut = new LiteDbPostStore(_db.Database);
        Assert.True(_db.Database.Db.BeginTrans());
        await sut.AddNewAsync([PostBuilder.Create("1", at: T0)]);

        Assert.False(_db.Database.Db.BeginTrans()); // still the caller's transaction
        _db.Database.Db.Commit();
        Assert.Equal(1, await sut.CountAsync());
    }

    [Fact]
    public async Task AddNewAsync_EmptyBatch_ReturnsEmpty()
    {
        var sut = new LiteDbPostStore(_db.Database);

        Assert.Empty(await sut.AddNewAsync(Array.Empty<Post>()));
        Assert.Equal(0, await sut.CountAsync());
    }
}
