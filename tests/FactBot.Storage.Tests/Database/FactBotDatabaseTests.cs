using FactBot.Core.Sources;
using FactBot.Storage.Database;
using FactBot.Storage.Migrations;
using FactBot.Storage.Stores;

namespace FactBot.Storage.Tests.Database;

public sealed class FactBotDatabaseTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "factbot-storage-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Open_FilePathInMissingFolder_CreatesTheFolderAndKeepsDataAcrossRestarts()
    {
        var path = Path.Combine(_folder, "nested", "factbot.db");
        var checkpoint = new SourceCheckpoint("file:a.jsonl", "line:7", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using (var first = FactBotDatabase.Open(new StorageOptions { Path = path }))
            await new LiteDbCheckpointStore(first).SaveAsync(checkpoint);

        using var sut = FactBotDatabase.Open(new StorageOptions { Path = path });

        Assert.True(File.Exists(path));
        Assert.Equal(path, sut.Location);
        Assert.Equal(checkpoint, await new LiteDbCheckpointStore(sut).GetAsync("file:a.jsonl"));
    }

    [Fact]
    public async Task Open_InMemory_StartsEmptyEachTimeAndWritesNoFile()
    {
        using (var first = FactBotDatabase.Open(new StorageOptions { Path = StorageOptions.InMemory }))
            await new LiteDbCheckpointStore(first).SaveAsync(new SourceCheckpoint("s", "1", default));

        using var sut = FactBotDatabase.Open(new StorageOptions { Path = StorageOptions.InMemory });

        Assert.Equal(StorageMigrations.All[^1].Version, sut.SchemaVersion);
        Assert.Null(await new LiteDbCheckpointStore(sut).GetAsync("s"));
        Assert.False(File.Exists(StorageOptions.InMemory));
    }
}
