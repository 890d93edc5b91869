using FactBot.Core.Results;
using FactBot.Sources.Tests.TikTok.Support;
using FactBot.Sources.TikTok.Api;
using FactBot.Sources.TikTok.Planning;
using FactBot.Sources.TikTok.Queries;

namespace FactBot.Sources.Tests.TikTok.Api;

public sealed class TikTokPageFetcherTests : IDisposable
{
    private readonly TikTokHarness _harness = new();

    private static TikTokVideoRequest Request(string? searchId = null) => new(
        TikTokQuery.Empty.And(TikTokField.HashtagName, "donbas"),
        new TikTokWindow(new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 7)),
        100,
        searchId is null ? 0 : 100,
        searchId);

    private Task<TikTokFetchResult> FetchAsync(int budget = 20, string? searchId = null) =>
        _harness.Fetcher.FetchAsync(Request(searchId), new RequestBudget(budget), default);

    private async Task<int> RequestsCountedAsync() => (await _harness.Quota.GetAsync(default)).Requests;

    [Fact]
    public async Task Fetch_RealisticPage_KeepsTwentyDigitIdsAsText()
    {
        _harness.Api.Script(200, "videos-page-1.json");

        var result = await FetchAsync();

        Assert.True(result.IsSuccess);
        Assert.Equal(3, result.Page.Videos.Count);
        Assert.Equal("73207681965695992750", result.Page.Videos[0].GetProperty("id").GetRawText());
        Assert.True(result.Page.HasMore);
        Assert.Equal(3, result.Page.Cursor);
        Assert.Equal("7354367454467855403", result.Page.SearchId);
        Assert.Equal(3, (await _harness.Quota.GetAsync(default)).Records);
    }

    [Fact]
    public async Task Fetch_ErrorCodeOnHttp200_IsAFailureNotAnEmptyPage()
    {
        _harness.Api.Script(200, "error-on-http-200.json");

        var result = await FetchAsync();

        var error = Assert.IsType<PermanentFailure>(result.Error);
        Assert.Contains("Invalid count or cursor", error.Message, StringComparison.Ordinal);
        Assert.False(result.StopsSource);
    }

    [Fact]
    public async Task Fetch_429ThenSuccess_WaitsOnceAndRetries()
    {
        _harness.Api.Script(429, "error-rate-limit.json");

        var result = await FetchAsync();

        Assert.True(result.IsSuccess);
        Assert.Equal([_harness.Options.RateLimitRetryDelay], _harness.Time.Waits);
        Assert.Equal(2, await RequestsCountedAsync());
    }

    [Fact]
    public async Task Fetch_429Twice_ParksTheSourceUntilMidnightUtc()
    {
        _harness.Api.Script(429, "error-rate-limit.json");
        _harness.Api.Script(429, "error-rate-limit.json");

        var result = await FetchAsync();

        Assert.True(result.StopsSource);
        var error = Assert.IsType<RateLimited>(result.Error);
        Assert.Contains("00:00", error.Message, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2024, 3, 21, 0, 0, 0, TimeSpan.Zero), (await _harness.Quota.GetAsync(default)).ParkedUntil);
        Assert.IsType<RateLimited>((await FetchAsync()).Error);
        Assert.Equal(2, _harness.Api.Queries.Count);
    }

    [Fact]
    public async Task Fetch_500ThenSuccess_RetriesAndCountsTheFailureAgainstTheQuota()
    {
        _harness.Api.Script(500, "error-internal.json");

        var result = await FetchAsync();

        Assert.True(result.IsSuccess);
        Assert.Equal(2, await RequestsCountedAsync());
        Assert.Equal([_harness.Options.ServerErrorRetryDelay], _harness.Time.Waits);
    }

    [Fact]
    public async Task Fetch_500sOutlastingTheRetries_IsUnavailableForThisQueryOnly()
    {
        for (var i = 0; i <= _harness.Options.ServerErrorRetries; i++)
            _harness.Api.Script(500, "error-internal.json");

        var result = await FetchAsync();

        Assert.IsType<Unavailable>(result.Error);
        Assert.False(result.StopsSource);
        Assert.Equal(_harness.Options.ServerErrorRetries + 1, await RequestsCountedAsync());
    }

    [Fact]
    public async Task Fetch_ExpiredSearchIdOnce_RetriesAfterAWait()
    {
        _harness.Api.Script(400, "error-search-id-expired.json");
        _harness.Api.Script(200, "videos-page-3-last.json");

        var result = await FetchAsync(searchId: "7354367454467855403");

        Assert.True(result.IsSuccess);
        Assert.Equal([_harness.Options.SearchIdRetryDelay], _harness.Time.Waits);
    }

    [Fact]
    public async Task Fetch_SearchIdExpiredThroughEveryRetry_AsksForAWindowRestart()
    {
        for (var i = 0; i <= _harness.Options.SearchIdRetries; i++)
            _harness.Api.Script(400, "error-search-id-expired.json");

        var result = await FetchAsync(searchId: "7354367454467855403");

        Assert.IsType<SearchIdExpired>(result.Error);
        Assert.Equal(_harness.Options.SearchIdRetries + 1, _harness.Api.Queries.Count);
    }

    [Fact]
    public async Task Fetch_AccessTokenInvalid_RenewsTheTokenAndRetries()
    {
        await _harness.Tokens.GetAsync(default);
        _harness.Api.RevokeIssuedTokens();

        var result = await FetchAsync();

        Assert.True(result.IsSuccess);
        Assert.Equal(["clt.fake-1", "clt.fake-2"], _harness.Api.Queries.Select(q => q.Token));
    }

    [Fact]
    public async Task Fetch_ScopeNotAuthorized_StopsTheSourceWithAClearMessage()
    {
        _harness.Api.Script(401, "error-scope-not-authorized.json");

        var result = await FetchAsync();

        Assert.True(result.StopsSource);
        var error = Assert.IsType<PermanentFailure>(result.Error);
        Assert.StartsWith("scope_not_authorized: the TikTok project is not approved for research.data.basic", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_RefusedField_FallsBackToTheMinimalFields()
    {
        _harness.Api.Script(400, "error-invalid-field.json");

        var result = await FetchAsync();

        Assert.True(result.IsSuccess);
        Assert.Contains("view_count", _harness.Api.Queries[0].Fields, StringComparison.Ordinal);
        Assert.Equal(Sources.TikTok.TikTokOptions.MinimalFields, _harness.Api.Queries[1].Fields);
    }

    [Fact]
    public async Task Fetch_BudgetUsed_SendsNothing()
    {
        var result = await FetchAsync(budget: 0);

        Assert.IsType<BudgetSpent>(result.Error);
        Assert.Empty(_harness.Api.Queries);
    }

    [Fact]
    public async Task Fetch_DailyQuotaUsed_StopsTheSourceWithoutSending()
    {
        _harness.Options.DailyRequestQuota = 1;
        await FetchAsync();

        var result = await FetchAsync();

        Assert.True(result.StopsSource);
        Assert.IsType<RateLimited>(result.Error);
        Assert.Single(_harness.Api.Queries);
    }

    public void Dispose() => _harness.Dispose();
}
