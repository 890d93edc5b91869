using FactBot.Core.Results;
using FactBot.Sources.Tests.TikTok.Support;

namespace FactBot.Sources.Tests.TikTok;

public sealed class TikTokPollerFailureTests : IDisposable
{
    private readonly TikTokHarness _harness = new(o => o.MaxRequestsPerPoll = 100);

    private async Task<Sources.TikTok.PollSummary> PollAsync()
    {
        var result = await _harness.Poller.PollOnceAsync(default);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    [Fact]
    public async Task PollOnce_RepeatedRateLimit_FailsAndStaysParkedUntilMidnight()
    {
        await _harness.WatchAsync("#donbas");
        _harness.AddVideos("donbas", 5, TimeSpan.FromHours(4));
        _harness.Api.Script(429, "error-rate-limit.json");
        _harness.Api.Script(429, "error-rate-limit.json");

        var parked = await _harness.Poller.PollOnceAsync(default);
        var stillParked = await _harness.Poller.PollOnceAsync(default);
        _harness.Time.SetUtcNow(new DateTimeOffset(2024, 3, 21, 0, 0, 1, TimeSpan.Zero));
        var next = await PollAsync();

        Assert.IsType<RateLimited>(parked.Error);
        Assert.IsType<RateLimited>(stillParked.Error);
        Assert.Equal(5, next.Stored);
        // Nothing was sent while parked. The query never got a page, so it has no checkpoint (only positions the
        // source yielded are saved) and is planned afresh on the new day: the latest seven days.
        Assert.Equal(
            ["20240314-20240320", "20240314-20240320", "20240315-20240321"],
            _harness.Api.Queries.Select(q => $"{q.Start:yyyyMMdd}-{q.End:yyyyMMdd}"));
    }

    [Fact]
    public async Task PollOnce_ProjectNotApproved_FailsWithTheScopeMessage()
    {
        await _harness.WatchAsync("#donbas");
        _harness.Api.Script(401, "error-scope-not-authorized.json");

        var result = await _harness.Poller.PollOnceAsync(default);

        var error = Assert.IsType<PermanentFailure>(result.Error);
        Assert.Contains("not approved for research.data.basic", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollOnce_OneQueryKeepsFailing_ReportsItAndPollsTheOthers()
    {
        await _harness.WatchAsync("#aaa", "#bbb");
        _harness.AddVideos("bbb", 5, TimeSpan.FromHours(4));
        for (var i = 0; i <= _harness.Options.ServerErrorRetries; i++)
            _harness.Api.Script(500, "error-internal.json");

        var summary = await PollAsync();

        var problem = Assert.Single(summary.Problems);
        Assert.StartsWith("#aaa", problem, StringComparison.Ordinal);
        Assert.Contains("internal_error", problem, StringComparison.Ordinal);
        Assert.Equal(5, summary.Stored);
        Assert.Equal(_harness.Options.ServerErrorRetries + 2, summary.Requests);
    }

    [Fact]
    public async Task PollOnce_TokenRefusedAndQueriesFailing_NeverLogsTheSecretOrTheToken()
    {
        await _harness.WatchAsync("#donbas");
        _harness.AddVideos("donbas", 5, TimeSpan.FromHours(4));
        _harness.Api.Script(500, "error-internal.json");
        _harness.Api.Script(401, "error-access-token-invalid.json");
        await PollAsync();
        _harness.Time.Advance(_harness.Options.RequeryInterval);
        _harness.Api.ScriptToken(401, "token-invalid-client.json");

        var refused = await _harness.Poller.PollOnceAsync(default);

        Assert.IsType<PermanentFailure>(refused.Error);
        Assert.NotEmpty(_harness.LogLines);
        Assert.All(_harness.LogLines, line =>
        {
            Assert.DoesNotContain(_harness.Options.ClientSecret!, line, StringComparison.Ordinal);
            Assert.DoesNotContain("clt.fake", line, StringComparison.Ordinal);
        });
    }

    public void Dispose() => _harness.Dispose();
}
