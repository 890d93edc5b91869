using FactBot.Core.Results;

namespace FactBot.Sources.Tests.Mastodon;

/// <summary>The poller respects X-RateLimit-Remaining/Reset and 429s, per instance, across polls.</summary>
public sealed class MastodonPollerRateLimitTests : IDisposable
{
    private const string Newest = "110000000000000103";
    private readonly MastodonPollerFixture _fx = new();

    public void Dispose() => _fx.Dispose();

    [Fact]
    public async Task PollOnceAsync_RemainingAtReserve_StopsAndWaitsForTheReset()
    {
        var reset = MastodonPollerFixture.Now.AddMinutes(4);
        _fx.A.Page("donbas", null, MastodonFake.Sample("newest.json"), newerMinId: Newest, remaining: 3, reset: reset);
        _fx.A.Page("donbas", Newest, "[]");
        var sut = _fx.CreateSut(MastodonPollerFixture.Options(_fx.A));

        var first = await sut.PollOnceAsync();
        var second = await sut.PollOnceAsync();

        Assert.Single(_fx.A.Requests);
        Assert.IsType<RateLimited>(first.Error);
        var waiting = Assert.IsType<RateLimited>(second.Error);
        Assert.Equal(TimeSpan.FromMinutes(4), waiting.RetryAfter);
        Assert.Equal(3, _fx.Posts.All.Count); // what was read before stopping is kept

        _fx.Time.Advance(TimeSpan.FromMinutes(4));
        var third = await sut.PollOnceAsync();

        Assert.True(third.IsSuccess);
        Assert.Equal([null, Newest], _fx.A.MinIds);
    }

    [Fact]
    public async Task PollOnceAsync_TooManyRequests_ParksTheInstanceForEveryHashtag()
    {
        var reset = MastodonPollerFixture.Now.AddMinutes(2);
        _fx.A.Fail("donbas", null, 429, reset);
        _fx.A.Page("krim", null, "[]");
        var options = MastodonPollerFixture.Options(_fx.A);
        options.Hashtags = ["donbas", "krim"];

        var result = await _fx.CreateSut(options).PollOnceAsync();

        var limited = Assert.IsType<RateLimited>(result.Error);
        Assert.Equal(TimeSpan.FromMinutes(2), limited.RetryAfter);
        Assert.Single(_fx.A.Requests); // #krim was not asked
    }

    [Fact]
    public async Task PollOnceAsync_TooManyRequestsWithoutReset_WaitsOneWholeWindow()
    {
        _fx.A.Fail("donbas", null, 429);
        var sut = _fx.CreateSut(MastodonPollerFixture.Options(_fx.A));

        var first = await sut.PollOnceAsync();
        _fx.Time.Advance(TimeSpan.FromMinutes(4));
        var second = await sut.PollOnceAsync();

        Assert.Equal(TimeSpan.FromMinutes(5), Assert.IsType<RateLimited>(first.Error).RetryAfter);
        Assert.Equal(TimeSpan.FromMinutes(1), Assert.IsType<RateLimited>(second.Error).RetryAfter);
        Assert.Single(_fx.A.Requests);
    }
}
