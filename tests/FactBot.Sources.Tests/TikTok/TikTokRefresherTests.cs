using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.Sources.Tests.TikTok.Support;

namespace FactBot.Sources.Tests.TikTok;

public sealed class TikTokRefresherTests : IDisposable
{
    private readonly TikTokHarness _harness = new(o => o.MaxRequestsPerPoll = 100);

    private async Task<IReadOnlyList<string>> StoreByPollingAsync(int count)
    {
        await _harness.WatchAsync("#donbas");
        var ids = _harness.AddVideos("donbas", count, TimeSpan.FromHours(4));
        Assert.True((await _harness.Poller.PollOnceAsync(default)).IsSuccess);
        return ids;
    }

    private async Task<Sources.TikTok.RefreshSummary> RefreshAsync()
    {
        var result = await _harness.Refresher.RefreshAsync(default);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    [Fact]
    public async Task Refresh_FreshData_SendsNothing()
    {
        await StoreByPollingAsync(12);
        var sent = _harness.Api.Queries.Count;

        var summary = await RefreshAsync();

        Assert.Equal((0, 0), (summary.DaysChecked, summary.Requests));
        Assert.Equal(sent, _harness.Api.Queries.Count);
        Assert.True(summary.Complete);
    }

    [Fact]
    public async Task Refresh_DueData_PurgesWhatVanishedAndKeepsTheRest()
    {
        var ids = await StoreByPollingAsync(12);
        _harness.Api.Vanish([ids[0], ids[5], ids[11]]);
        _harness.Time.Advance(_harness.Options.RefreshInterval);

        var summary = await RefreshAsync();

        Assert.Equal((12, 3), (summary.PostsChecked, summary.PostsPurged));
        Assert.Equal(ids.Except([ids[0], ids[5], ids[11]]).ToHashSet(), _harness.Posts.All.Select(p => p.PlatformPostId).ToHashSet());
        var asked = _harness.Api.Queries.Where(q => q.Field == "video_id").ToList();
        Assert.Equal(summary.Requests, asked.Count);
        Assert.All(asked, q => Assert.Equal(q.Start.AddDays(1), q.End));
    }

    [Fact]
    public async Task Refresh_Twice_TheSecondFindsNothingDue()
    {
        await StoreByPollingAsync(6);
        _harness.Time.Advance(_harness.Options.RefreshInterval);
        await RefreshAsync();

        var again = await RefreshAsync();

        Assert.Equal(0, again.Requests);
    }

    [Fact]
    public async Task Refresh_WholeBatchComesBackEmpty_HoldsBackInsteadOfPurging()
    {
        _harness.Options.PurgeGuardMinimum = 2;
        var ids = await StoreByPollingAsync(12);
        _harness.Api.Vanish(ids);
        _harness.Time.Advance(_harness.Options.RefreshInterval);

        var summary = await RefreshAsync();
        var again = await RefreshAsync();

        // The 12 posts fall on three creation days (2, 6 and 4 posts): every batch is held back and stays due.
        Assert.Equal((3, 0), (summary.BatchesHeldBack, summary.PostsPurged));
        Assert.Equal(12, _harness.Posts.All.Count);
        Assert.Equal(3, again.DaysChecked);
    }

    [Fact]
    public async Task Refresh_OtherSources_AreLeftAlone()
    {
        var old = TikTokHarness.Start - TimeSpan.FromDays(13);
        await _harness.Posts.AddNewAsync(
        [
            Post("111", "import:4cat-tiktok-csv", old),
            Post("222", "import:tiktok-research", old),
        ]);

        var summary = await RefreshAsync();

        Assert.Equal(1, summary.PostsChecked);
        Assert.Equal(["111"], _harness.Posts.All.Select(p => p.PlatformPostId));
        Assert.Equal(["222"], _harness.Api.Queries.Single().Values);
    }

    [Fact]
    public async Task Refresh_WhileParked_FailsWithoutSending()
    {
        await _harness.Quota.ParkUntilMidnightAsync(default);

        var result = await _harness.Refresher.RefreshAsync(default);

        Assert.IsType<RateLimited>(result.Error);
        Assert.Empty(_harness.Api.Queries);
    }

    private static Post Post(string id, string source, DateTimeOffset at) => new()
    {
        Platform = "tiktok",
        Source = source,
        PlatformPostId = id,
        AuthorKey = "someone",
        AuthorHandle = "someone",
        CreatedAt = at,
        ObservedAt = at,
    };

    public void Dispose() => _harness.Dispose();
}
