using FactBot.Core.Results;

namespace FactBot.Sources.Tests.Mastodon;

public sealed class MastodonPollerTests : IDisposable
{
    private const string Newest = "110000000000000103";
    private const string Latest = "110000000000000105";
    private readonly MastodonPollerFixture _fx = new();

    public void Dispose() => _fx.Dispose();

    private static void ServeTwoPages(MastodonFake instance)
    {
        instance.Page("donbas", null, MastodonFake.Sample("newest.json"), newerMinId: Newest);
        instance.Page("donbas", Newest, MastodonFake.Sample("after-103.json"), newerMinId: Latest);
        instance.Page("donbas", Latest, "[]");
    }

    [Fact]
    public async Task PollOnceAsync_FirstRun_ReadsNewestPageThenFollowsPrevLinksUntilEmpty()
    {
        ServeTwoPages(_fx.A);
        var sut = _fx.CreateSut(MastodonPollerFixture.Options(_fx.A));

        var result = await sut.PollOnceAsync();

        Assert.True(result.IsSuccess);
        Assert.Equal([null, Newest, Latest], _fx.A.MinIds);
        Assert.All(_fx.A.Requests, request => Assert.Contains("limit=40", request, StringComparison.Ordinal));
        Assert.Equal(3, result.Value.Requests);
        Assert.Equal(4, result.Value.Stored);
        Assert.Equal(1, result.Value.Malformed); // status 105 has no uri
        Assert.Equal(4, _fx.Posts.All.Count);
    }

    [Fact]
    public async Task PollOnceAsync_FirstRun_CheckpointsTheNewestStatusId()
    {
        ServeTwoPages(_fx.A);

        await _fx.CreateSut(MastodonPollerFixture.Options(_fx.A)).PollOnceAsync();

        var checkpoint = await _fx.Checkpoints.GetAsync(MastodonPollerFixture.SourceId(_fx.A, "donbas"));
        Assert.Equal(Latest, checkpoint?.Position);
    }

    [Fact]
    public async Task PollOnceAsync_CaughtUp_CheckpointSaysTheTagIsCompleteUpToThePollMinusTheLiveDelay()
    {
        ServeTwoPages(_fx.A);

        await _fx.CreateSut(MastodonPollerFixture.Options(_fx.A)).PollOnceAsync();

        var checkpoint = await _fx.Checkpoints.GetAsync(MastodonPollerFixture.SourceId(_fx.A, "donbas"));
        Assert.Equal(MastodonPollerFixture.Now - Core.Sources.Watermarks.LiveDelay, checkpoint?.CompleteThrough);
    }

    [Fact]
    public async Task PollOnceAsync_AfterRestart_AsksOnlyForStatusesAfterTheCheckpoint()
    {
        ServeTwoPages(_fx.A);
        await _fx.CreateSut(MastodonPollerFixture.Options(_fx.A)).PollOnceAsync();
        _fx.A.Clear();
        var newer = """[{"id":"110000000000000106","created_at":"2024-04-05T12:06:00Z","uri":"https://social.example/s/106","content":"<p>new</p>","account":{"acct":"frank"},"tags":[{"name":"donbas"}]}]""";
        _fx.A.Page("donbas", Latest, newer, newerMinId: "110000000000000106");
        _fx.A.Page("donbas", "110000000000000106", "[]");

        var result = await _fx.CreateSut(MastodonPollerFixture.Options(_fx.A)).PollOnceAsync();

        Assert.True(result.IsSuccess);
        Assert.Equal([Latest, "110000000000000106"], _fx.A.MinIds.Skip(3));
        Assert.Equal(1, result.Value.Stored);
        Assert.Equal(0, result.Value.Duplicates);
        Assert.Equal(5, _fx.Posts.All.Count);
    }

    [Fact]
    public async Task PollOnceAsync_SamePostOnTwoInstances_IsStoredOnce()
    {
        _fx.A.Page("donbas", null, MastodonFake.Sample("after-103.json"));
        _fx.B.Page("donbas", null, MastodonFake.Sample("other-instance.json"));

        var result = await _fx.CreateSut(MastodonPollerFixture.Options(_fx.A, _fx.B)).PollOnceAsync();

        Assert.True(result.IsSuccess);
        Assert.Equal(1, result.Value.Duplicates);
        Assert.Equal(2, result.Value.Stored);
        var carol = Assert.Single(_fx.Posts.All, p => p.PlatformPostId.Contains("/carol/", StringComparison.Ordinal));
        Assert.Equal("mastodon:https://social.example/users/carol/statuses/110000000000000104", carol.Key);
    }

    [Fact]
    public async Task PollOnceAsync_OneInstanceDown_IsReportedAndTheOtherIsStillRead()
    {
        _fx.A.Fail("donbas", null, 503);
        _fx.B.Page("donbas", null, MastodonFake.Sample("other-instance.json"));

        var result = await _fx.CreateSut(MastodonPollerFixture.Options(_fx.A, _fx.B)).PollOnceAsync();

        Assert.True(result.IsSuccess);
        var failure = Assert.Single(result.Value.Failures);
        Assert.IsType<Unavailable>(failure.Error);
        Assert.Contains("503", failure.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Value.Stored);
    }

    [Fact]
    public async Task PollOnceAsync_UnknownHashtag_IsAnEmptyTimelineNotAFailure()
    {
        _fx.A.Fail("donbas", null, 404);

        var result = await _fx.CreateSut(MastodonPollerFixture.Options(_fx.A)).PollOnceAsync();

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Value.Failures);
        Assert.Equal(0, result.Value.Stored);
    }

    [Fact]
    public async Task PollOnceAsync_TimelineNotPublic_IsForbidden()
    {
        _fx.A.Fail("donbas", null, 401);

        var result = await _fx.CreateSut(MastodonPollerFixture.Options(_fx.A)).PollOnceAsync();

        Assert.IsType<Forbidden>(result.Error);
    }

    [Fact]
    public async Task PollOnceAsync_PrevLinkToAnotherHost_IsNotFollowed()
    {
        _fx.A.Page("donbas", null, MastodonFake.Sample("newest.json"), prevLink: "https://elsewhere.example/api/v1/timelines/tag/donbas?min_id=103");

        var result = await _fx.CreateSut(MastodonPollerFixture.Options(_fx.A)).PollOnceAsync();

        Assert.IsType<Unavailable>(result.Error);
        Assert.Single(_fx.A.Requests);
        Assert.Equal(3, _fx.Posts.All.Count);
    }

    [Fact]
    public async Task PollOnceAsync_PageBudgetSpent_ContinuesOnTheNextPoll()
    {
        ServeTwoPages(_fx.A);
        var options = MastodonPollerFixture.Options(_fx.A);
        options.MaxPagesPerPoll = 1;
        var sut = _fx.CreateSut(options);

        var first = await sut.PollOnceAsync();
        var second = await sut.PollOnceAsync();

        Assert.True(first.IsSuccess);
        Assert.Equal(1, first.Value.Requests);
        Assert.Equal([null, Newest], _fx.A.MinIds);
        Assert.Equal(4, _fx.Posts.All.Count);
        Assert.Equal(1, second.Value!.Malformed);
    }

    [Fact]
    public async Task PollOnceAsync_NoInstances_PollsNothing()
    {
        var result = await _fx.CreateSut(MastodonPollerFixture.Options()).PollOnceAsync();

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Value.Targets);
    }

    [Fact]
    public async Task PollOnceAsync_HashtagsFromWatchlists_PollsTheirMastodonHashtags()
    {
        await _fx.Watchlists.UpsertAsync(new Core.Watchlists.Watchlist
        {
            Name = "main",
            Targets = [new(Core.Watchlists.TargetKind.Hashtag, "krim"), new(Core.Watchlists.TargetKind.Sound, "123")],
        });
        _fx.A.Page("donbas", null, "[]");
        _fx.A.Page("krim", null, "[]");
        var options = MastodonPollerFixture.Options(_fx.A);
        options.HashtagsFromWatchlists = true;

        var result = await _fx.CreateSut(options).PollOnceAsync();

        Assert.True(result.IsSuccess);
        Assert.Equal(["donbas", "krim"], result.Value.Targets.Select(t => t.Hashtag));
        Assert.Equal(2, _fx.A.Requests.Count);
    }
}
