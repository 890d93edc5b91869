using FactBot.Core.Posts;
using FactBot.Storage.Database;
using FactBot.Storage.Migrations;
using FactBot.Storage.Stores;
using FactBot.Storage.Tests.Mapping;
using FactBot.TestKit.Posts;
using LiteDB;
using LiteDB.Engine;

namespace FactBot.Storage.Tests.Migrations;

/// <summary>A schema v2 database with posts, opened by this FactBot: every post kept, numbered by creation time.</summary>
public sealed class AddPostSequenceMigrationTests : IDisposable
{
    private static readonly DateTimeOffset T0 = PostBuilder.Epoch;
    private readonly MemoryStream _stream = new();

    public void Dispose() => _stream.Dispose();

    [Fact]
    public async Task Open_V2DatabaseWithPosts_KeepsEveryPostAndNumbersThemByCreationTimeThenKey()
    {
        Post[] old =
        [
            Samples.FullPost with { CreatedAt = T0.AddMinutes(5) },
            Samples.MinimalPost with { CreatedAt = T0.AddMinutes(1) },
            PostBuilder.Create("b", at: T0.AddMinutes(1), hashtags: ["a"]),
            PostBuilder.Create("a", at: T0.AddMinutes(1), hashtags: ["a"], sound: "9"),
        ];
        WriteV2(old);

        using var db = FactBotDatabase.Open(_stream);
        var sut = new LiteDbPostStore(db);

        Assert.Equal(StorageMigrations.All.Max(m => m.Version), db.SchemaVersion);
        var read = await sut.ReadAfterSequenceAsync(0, 10);
        Assert.Equal([1L, 2L, 3L, 4L], read.Select(p => p.Sequence));
        Assert.Equal(["mastodon:109", "tiktok:a", "tiktok:b", old[0].Key], read.Select(p => p.Post.Key));
        foreach (var post in old)
            RecordAssert.Equivalent(post, await sut.GetAsync(post.Key));
        Assert.Equal(4, await sut.LastSequenceAsync());
        Assert.Equal(["tiktok:a", "tiktok:b"], (await sut.GetByTargetAsync("#a", T0, T0.AddDays(1), 10)).Select(p => p.Key));
        Assert.Equal(["tiktok:a"], (await sut.GetByTargetAsync("sound:9", T0, T0.AddDays(1), 10)).Select(p => p.Key));
        Assert.Empty(await sut.AddNewAsync([PostBuilder.Create("a", at: T0)]));
        await sut.AddNewAsync([PostBuilder.Create("c", at: T0)]);
        Assert.Equal((5L, "tiktok:c"), (await sut.ReadAfterSequenceAsync(4, 10)).Select(p => (p.Sequence, p.Post.Key)).Single());
    }

    [Fact]
    public async Task Apply_Again_ChangesNothing()
    {
        WriteV2([PostBuilder.Create("1", at: T0), PostBuilder.Create("2", at: T0.AddMinutes(1))]);
        using var db = FactBotDatabase.Open(_stream);

        new AddPostSequenceMigration().Apply(db.Db);

        var read = await new LiteDbPostStore(db).ReadAfterSequenceAsync(0, 10);
        Assert.Equal([(1L, "tiktok:1"), (2L, "tiktok:2")], read.Select(p => (p.Sequence, p.Post.Key)));
        Assert.Equal(2, await new LiteDbPostStore(db).LastSequenceAsync());
    }

    private void WriteV2(IEnumerable<Post> posts)
    {
        using var db = new LiteDatabase(new LiteEngine(new EngineSettings { DataStream = _stream, Collation = Collation.Binary }));
        StorageMigrator.Migrate(db, StorageMigrations.All.Take(2).ToList(), "test");
        V2Posts.Insert(db, posts);
    }
}
