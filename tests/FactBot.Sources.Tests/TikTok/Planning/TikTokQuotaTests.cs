using FactBot.Core.Results;
using FactBot.Core.Sources;
using FactBot.Sources.TikTok;
using FactBot.Sources.TikTok.Planning;
using FactBot.TestKit.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Sources.Tests.TikTok.Planning;

public sealed class TikTokQuotaTests
{
    private readonly InMemoryQuotaStore _store = new();
    private readonly InMemoryCheckpointStore _checkpoints = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 3, 20, 22, 0, 0, TimeSpan.Zero));
    private readonly TikTokOptions _options = new() { DailyRequestQuota = 2, DailyRecordQuota = 150 };

    [Fact]
    public async Task TryTakeRequest_PastTheDailyQuota_RefusesUntilMidnightUtc()
    {
        using var sut = new TikTokQuota(_store, _checkpoints, _options, _time);

        Assert.Null(await sut.TryTakeRequestAsync(default));
        Assert.Null(await sut.TryTakeRequestAsync(default));
        var refused = Assert.IsType<RateLimited>(await sut.TryTakeRequestAsync(default));

        Assert.Equal(TimeSpan.FromHours(2), refused.RetryAfter);
        Assert.Contains("2 requests", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryTakeRequest_AfterMidnightUtc_StartsAFreshDay()
    {
        using var sut = new TikTokQuota(_store, _checkpoints, _options, _time);
        await sut.TryTakeRequestAsync(default);
        await sut.TryTakeRequestAsync(default);

        _time.Advance(TimeSpan.FromHours(2));

        Assert.Null(await sut.TryTakeRequestAsync(default));
        Assert.Equal(1, (await sut.GetAsync(default)).Requests);
    }

    [Fact]
    public async Task Counts_NewInstanceSameStore_RemembersWhatWasSpent()
    {
        using (var first = new TikTokQuota(_store, _checkpoints, _options, _time))
        {
            await first.TryTakeRequestAsync(default);
            await first.AddRecordsAsync(100, default);
        }

        using var sut = new TikTokQuota(_store, _checkpoints, _options, _time);

        var state = await sut.GetAsync(default);
        Assert.Equal(1, state.Requests);
        Assert.Equal(100, state.Records);
        Assert.Equal(50, await sut.RecordsLeftAsync(default));
    }

    [Fact]
    public async Task ParkUntilMidnight_RefusesAcrossInstancesThenLifts()
    {
        using (var first = new TikTokQuota(_store, _checkpoints, _options, _time))
            Assert.Equal(new DateTimeOffset(2024, 3, 21, 0, 0, 0, TimeSpan.Zero), await first.ParkUntilMidnightAsync(default));

        using var sut = new TikTokQuota(_store, _checkpoints, _options, _time);
        Assert.IsType<RateLimited>(await sut.RefusalAsync(default));

        _time.Advance(TimeSpan.FromHours(2));

        Assert.Null(await sut.RefusalAsync(default));
    }

    [Fact]
    public async Task Counts_AreSavedInTheQuotaStoreNotAsACheckpoint()
    {
        using var sut = new TikTokQuota(_store, _checkpoints, _options, _time);

        await sut.TryTakeRequestAsync(default);
        await sut.AddRecordsAsync(7, default);

        Assert.Equal(
            new QuotaUsage(TikTokSourceIds.Quota, new DateOnly(2024, 3, 20), 1, 7, null, _time.GetUtcNow()),
            await _store.GetAsync(TikTokSourceIds.Quota));
        Assert.Null(await _checkpoints.GetAsync(TikTokSourceIds.Quota));
    }

    [Fact]
    public async Task Counts_OnlyAnOldQuotaCheckpoint_AreReadFromIt()
    {
        // Before the quota store, the day's use was kept as a checkpoint under the quota's name.
        await _checkpoints.SaveAsync(new SourceCheckpoint(
            TikTokSourceIds.Quota, "day=20240320;requests=2;records=90;parked=2024-03-21T00:00:00Z", _time.GetUtcNow()));

        using var sut = new TikTokQuota(_store, _checkpoints, _options, _time);

        var state = await sut.GetAsync(default);
        Assert.Equal((2, 90L), (state.Requests, state.Records));
        Assert.IsType<RateLimited>(await sut.RefusalAsync(default));
    }
}
