using FactBot.Core.Abstractions;
using FactBot.Storage.Database;
using FactBot.TestKit.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactBot.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddFactBotStorage_InMemory_ResolvesEveryStoreOnOneSharedDatabase()
    {
        using var provider = Build(new() { ["Storage:Path"] = ":memory:" });

        var posts = provider.GetRequiredService<IPostStore>();
        var database = provider.GetRequiredService<FactBotDatabase>();
        await posts.AddNewAsync([TestKit.Posts.PostBuilder.Create("1")]);

        Assert.Same(posts, provider.GetRequiredService<IPostStore>());
        Assert.Equal(1, database.Collection(Collections.Posts).Count());
        Assert.NotNull(provider.GetRequiredService<ILabelStore>());
        Assert.NotNull(provider.GetRequiredService<IWatchlistStore>());
        Assert.NotNull(provider.GetRequiredService<IAlertStore>());
        Assert.NotNull(provider.GetRequiredService<ISubscriptionStore>());
        Assert.NotNull(provider.GetRequiredService<IOutboxStore>());
        Assert.NotNull(provider.GetRequiredService<ICheckpointStore>());
        Assert.NotNull(provider.GetRequiredService<IQuotaStore>());
        Assert.NotNull(provider.GetRequiredService<IAuditLog>());
    }

    [Fact]
    public void AddFactBotStorage_NoSetting_DefaultsToDataFolder()
    {
        using var provider = Build([]);

        Assert.Equal("data/factbot.db", provider.GetRequiredService<IOptions<StorageOptions>>().Value.Path);
    }

    [Fact]
    public void AddFactBotStorage_EmptyPath_FailsAtStartWithTheSettingAndTheFix()
    {
        using var provider = Build(new() { ["Storage:Path"] = " " });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Storage:Path must not be empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("FACTBOT__Storage__Path", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddFactBotStorage_StoreRegisteredBefore_IsKept()
    {
        var fake = new InMemoryPostStore();
        var services = new ServiceCollection().AddSingleton<IPostStore>(fake);

        using var provider = services.AddFactBotStorage(Configuration(new() { ["Storage:Path"] = ":memory:" })).BuildServiceProvider();

        Assert.Same(fake, provider.GetRequiredService<IPostStore>());
    }

    [Fact]
    public async Task DisposingTheProvider_ClosesTheDatabase()
    {
        var provider = Build(new() { ["Storage:Path"] = ":memory:" });
        var posts = provider.GetRequiredService<IPostStore>();

        await provider.DisposeAsync();

        await Assert.ThrowsAnyAsync<ObjectDisposedException>(() => posts.CountAsync());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddFactBotStorage(Configuration(settings)).BuildServiceProvider();

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
