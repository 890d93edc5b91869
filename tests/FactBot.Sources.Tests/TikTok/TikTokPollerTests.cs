using FactBot.Core.Results;
using FactBot.Sources.Tests.TikTok.Support;

namespace FactBot.Sources.Tests.TikTok;

public sealed class TikTokPollerTests : IDisposable
{
    private readonly TikTokHarness _harness = new(o => o.MaxRequestsPerPoll = 100);

    private async Task<Sources.TikTok.PollSummary> PollAsync(CancellationToken ct = default)
    {
        var result = await _harness.Poller.PollOnceAsync(ct);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private HashSet<string> StoredIds() => [.. _harness.Posts.All.Select(p => p.PlatformPostId)];

    [Fact]
    public async Task PollOnce_Query_PagesToTheEndAndStoresEveryVideo()
    {
        await _harness.WatchAsync("#donbas");
        var ids = _harness.AddVideos("donbas", 25, TimeSpan.FromHours(4));

        var summary = await PollAsync();

        Assert.Equal(ids.ToHashSet(), StoredIds());
        Assert.Equal((1, 3, 25, 0), (summary.QueriesPolled, summary.Requests, summary.Stored, summary.Duplicates));
        Assert.Equal(1, summary.WindowsCompleted);
        Assert.Equal(_harness.Options.DailyRequestQuota - 3, summary.RequestsLeftToday);
        Assert.All(_harness.Posts.All, p => Assert.Equal("tiktok-research", p.Source));
    }

    [Fact]
    public async Task PollOnce_CaughtUp_AsksAgainOnlyAfterTheRequeryInterval()
    {
        await _harness.WatchAsync("#donbas");
        _harness.AddVideos("donbas", 5, TimeSpan.FromHours(4));
        await PollAsync();

        var early = await PollAsync();
        _harness.Time.Advance(_harness.Options.RequeryInterval);
        var late = await PollAsync();

        Assert.Equal(0, early.Requests);
        Assert.Equal(1, late.Requests);
        var requery = _harness.Api.Queries[^1];
        Assert.Equal((new DateOnly(2024, 3, 18), new DateOnly(2024, 3, 20)), (requery.Start, requery.End));
        Assert.Equal(0, late.Stored);
    }

    [Fact]
    public async Task PollOnce_QueryWithNoVideos_CheckpointStillMovesSoItIsNotAskedAgainEarly()
    {
        // No post to checkpoint on: the source's progress item after the empty page is what the pipeline saves.
        await _harness.WatchAsync("#nothinghere");

        var first = await PollAsync();
        var early = await PollAsync();

        Assert.Equal((1, 0), (first.Requests, first.Stored));
        Assert.Equal(0, early.Requests);
    }

    [Fact]
    public async Task PollOnce_DeletedVideosLeaveAnEmptyPage_KeepsPaging()
    {
        await _harness.WatchAsync("#donbas");
        var ids = _harness.AddVideos("donbas", 25, TimeSpan.FromHours(4));
        _harness.Api.Vanish(ids.Skip(10).Take(10));

        var summary = await PollAsync();

        Assert.Equal(3, summary.Requests);
        Assert.Equal(ids.Take(10).Concat(ids.Skip(20)).ToHashSet(), StoredIds());
    }

    [Fact]
    public async Task PollOnce_RestartMidQuery_ResumesWithoutGapsOrDuplicates()
    {
        _harness.Options.MaxRequestsPerPoll = 2;
        await _harness.WatchAsync("#donbas");
        var ids = _harness.AddVideos("donbas", 45, TimeSpan.FromHours(2));
        var first = await PollAsync();

        _harness.Restart();
        _harness.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await PollAsync();
        var third = await PollAsync();

        Assert.Equal((20, 20), (first.Stored, second.Stored));
        Assert.Equal(5, third.Stored);
        Assert.Equal(0, first.Duplicates + second.Duplicates + third.Duplicates);
        Assert.Equal(ids.ToHashSet(), StoredIds());
        var resumed = _harness.Api.Queries[2];
        Assert.Equal((20, _harness.Api.Queries[1].SearchId), (resumed.Cursor, resumed.SearchId));
    }

    [Fact]
    public async Task PollOnce_CrashMidPage_ResumesFromTheLastStoredPost()
    {
        await _harness.WatchAsync("#donbas");
        var ids = _harness.AddVideos("donbas", 25, TimeSpan.FromHours(4));
        using var crash = new CancellationTokenSource();
        _harness.Api.OnQuery = q =>
        {
            if (q.Cursor != 10)
                return;
            // The source reads ahead of the pipeline: let the first page's commit land, then crash mid-query.
            SpinWait.SpinUntil(() => _harness.Posts.All.Count > 0, TimeSpan.FromSeconds(10));
            crash.Cancel();
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _harness.Poller.PollOnceAsync(crash.Token));
        var before = _harness.Posts.All.Count;
        _harness.Api.OnQuery = null;
        _harness.Restart();
        var after = await PollAsync();

        Assert.InRange(before, 1, 10);
        Assert.Equal(ids.ToHashSet(), StoredIds());
        Assert.Equal(25, _harness.Posts.All.Count);
        Assert.InRange(after.Read, 25 - before, 25 - before + _harness.Ingest.BatchSize);
    }

    [Fact]
    public async Task PollOnce_TwoTargets_SharesThePollBudgetAndNeverExceedsIt()
    {
        _harness.Options.MaxRequestsPerPoll = 3;
        await _harness.WatchAsync("#donbas", "#mariupol");
        _harness.AddVideos("donbas", 45, TimeSpan.FromHours(2));
        _harness.AddVideos("mariupol", 45, TimeSpan.FromHours(2));

        var summary = await PollAsync();

        Assert.Equal(3, summary.Requests);
        Assert.Equal(3, _harness.Api.Queries.Count);
        Assert.Equal(2, summary.QueriesPolled);
        Assert.Equal(2, _harness.Api.Queries.Select(q => q.Values[0]).Distinct().Count());
    }

    [Fact]
    public async Task PollOnce_DailyQuota_IsSpentAtMostOnceAcrossPollsAndResetsAtMidnightUtc()
    {
        _harness.Options.MaxRequestsPerPoll = 3;
        _harness.Options.DailyRequestQuota = 5;
        await _harness.WatchAsync("#donbas");
        _harness.AddVideos("donbas", 95, TimeSpan.FromHours(1));

        await PollAsync();
        var second = await PollAsync();
        var third = await _harness.Poller.PollOnceAsync(default);
        var sentToday = _harness.Api.Queries.Count;
        _harness.Time.SetUtcNow(new DateTimeOffset(2024, 3, 21, 0, 0, 1, TimeSpan.Zero));
        var tomorrow = await PollAsync();

        Assert.Equal(2, second.Requests);
        Assert.Equal(0, second.RequestsLeftToday);
        Assert.IsType<RateLimited>(third.Error);
        Assert.Equal(5, sentToday);
        Assert.Equal(3, tomorrow.Requests);
    }

    [Fact]
    public async Task PollOnce_NoTikTokTargets_SendsNothing()
    {
        await _harness.Watchlists.UpsertAsync(new Core.Watchlists.Watchlist
        {
            Name = "main",
            Targets = [new Core.Watchlists.WatchTarget(Core.Watchlists.TargetKind.Hashtag, "x") { Platforms = ["mastodon"] }],
        });

        var summary = await PollAsync();

        Assert.Equal((0, 0), (summary.Queries, summary.Requests));
        Assert.Empty(_harness.Api.TokenRequestBodies);
    }

    public void Dispose() => _harness.Dispose();
}
