using FactBot.Core.Abstractions;
using FactBot.Core.Sources;

namespace FactBot.Storage.Tests.Stores;

/// <summary>What every <see cref="IQuotaStore"/> must do; runs against LiteDB and the TestKit fake.</summary>
public abstract class QuotaStoreContract
{
    protected static readonly DateTimeOffset T0 = new(2024, 5, 1, 9, 30, 0, TimeSpan.Zero);

    protected abstract IQuotaStore CreateStore();

    [Fact]
    public async Task GetAsync_NeverSaved_IsNull()
    {
        var sut = CreateStore();

        Assert.Null(await sut.GetAsync("api:quota"));
    }

    [Fact]
    public async Task SaveAsync_ThenGet_ReturnsEveryField()
    {
        var sut = CreateStore();
        var usage = new QuotaUsage("api:quota", new DateOnly(2024, 5, 1), 12, 800, T0.AddHours(14.5), T0);

        await sut.SaveAsync(usage);

        Assert.Equal(usage, await sut.GetAsync("api:quota"));
    }

    [Fact]
    public async Task SaveAsync_SameNameAgain_ReplacesAndClearsThePause()
    {
        var sut = CreateStore();
        await sut.SaveAsync(new QuotaUsage("api:quota", new DateOnly(2024, 5, 1), 12, 800, T0.AddHours(1), T0));

        var next = new QuotaUsage("api:quota", new DateOnly(2024, 5, 2), 1, 0, null, T0.AddDays(1));
        await sut.SaveAsync(next);

        Assert.Equal(next, await sut.GetAsync("api:quota"));
    }

    [Fact]
    public async Task SaveAsync_TwoNames_AreKeptApart()
    {
        var sut = CreateStore();
        var day = new DateOnly(2024, 5, 1);

        await sut.SaveAsync(new QuotaUsage("a", day, 1, 10, null, T0));
        await sut.SaveAsync(new QuotaUsage("b", day, 2, 20, null, T0));

        Assert.Equal(1, (await sut.GetAsync("a"))!.Requests);
        Assert.Equal(20, (await sut.GetAsync("b"))!.Records);
    }
}
