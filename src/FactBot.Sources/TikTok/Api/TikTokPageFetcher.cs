using FactBot.Core.Results;
using FactBot.Sources.TikTok.Planning;
using Microsoft.Extensions.Logging;

namespace FactBot.Sources.TikTok.Api;

/// <summary>
/// Fetches one page with the documented recovery rules. Every request sent is counted against the day's quota
/// (a 500 costs quota too). A 401 renews the token once; a first 429 waits and retries, a second parks the
/// source until 00:00 UTC; 5xx and an expired search_id are retried a few times with waits from the injected
/// clock; a refused field list falls back to the minimal fields once.
/// </summary>
internal sealed partial class TikTokPageFetcher(
    TikTokApiClient api,
    TikTokTokenProvider tokens,
    TikTokQuota quota,
    TikTokOptions options,
    TimeProvider time,
    ILogger<TikTokPageFetcher> logger)
{
    private string _fields = options.Fields;

    public async Task<TikTokFetchResult> FetchAsync(TikTokVideoRequest request, RequestBudget budget, CancellationToken ct)
    {
        var (rateLimits, serverErrors, searchIdErrors, tokenRenewed) = (0, 0, 0, false);
        while (true)
        {
            // The poll's own budget first: running out of it is a normal stop, not a reason to stop the source.
            if (budget.Remaining <= 0)
                return TikTokFetchResult.ForQuery(new BudgetSpent($"this poll's share of {budget.Allowed} requests is used"));
            if (await quota.RefusalAsync(ct) is { } refused)
                return TikTokFetchResult.ForSource(refused);
            var token = await tokens.GetAsync(ct);
            if (!token.IsSuccess)
                return TikTokFetchResult.ForSource(token.Error);
            budget.TryTake();
            if (await quota.TryTakeRequestAsync(ct) is { } refusedNow)
                return TikTokFetchResult.ForSource(refusedNow);

            var sized = request with { MaxCount = (int)Math.Min(request.MaxCount, Math.Max(1, await quota.RecordsLeftAsync(ct))) };
            var response = await api.QueryVideosAsync(sized, _fields, token.Value, ct);
            await quota.AddRecordsAsync(response.Page?.Videos.Count ?? 0, ct);
            var failure = response.Failure;
            if (failure == TikTokFailureKind.None)
                return TikTokFetchResult.Of(response.Page!);

            LogFailure(logger, failure, response.Describe());
            switch (failure)
            {
                case TikTokFailureKind.TokenInvalid when !tokenRenewed:
                    tokens.Invalidate(token.Value);
                    tokenRenewed = true;
                    continue;
                case TikTokFailureKind.TokenInvalid:
                    return TikTokFetchResult.ForSource(new PermanentFailure(
                        $"access_token_invalid even with a fresh token: {response.Describe()}. Check the TikTok client key and secret."));
                case TikTokFailureKind.Scope:
                    return TikTokFetchResult.ForSource(new PermanentFailure(
                        $"{response.Code}: the TikTok project is not approved for research.data.basic ({response.Describe()})."));
                case TikTokFailureKind.RateLimited when ++rateLimits == 1:
                    await Task.Delay(options.RateLimitRetryDelay, time, ct);
                    continue;
                case TikTokFailureKind.RateLimited:
                    var until = await quota.ParkUntilMidnightAsync(ct);
                    return TikTokFetchResult.ForSource(new RateLimited(until - time.GetUtcNow(),
                        $"TikTok answered 429 twice ({response.Describe()}); the source is parked until {until:yyyy-MM-dd HH:mm} UTC."));
                case TikTokFailureKind.ServerError when ++serverErrors <= options.ServerErrorRetries:
                    await Task.Delay(options.ServerErrorRetryDelay, time, ct);
                    continue;
                case TikTokFailureKind.ServerError:
                    return TikTokFetchResult.ForQuery(new Unavailable($"TikTok failed {serverErrors} times in a row: {response.Describe()}"));
                case TikTokFailureKind.SearchIdExpired when ++searchIdErrors <= options.SearchIdRetries:
                    await Task.Delay(options.SearchIdRetryDelay, time, ct);
                    continue;
                case TikTokFailureKind.SearchIdExpired:
                    return TikTokFetchResult.ForQuery(new SearchIdExpired(response.Describe()));
                case TikTokFailureKind.InvalidParams when FieldsRefused(response):
                    LogFieldFallback(logger, _fields, TikTokOptions.MinimalFields);
                    _fields = TikTokOptions.MinimalFields;
                    continue;
                default:
                    return TikTokFetchResult.ForQuery(new PermanentFailure($"TikTok refused the query: {response.Describe()}"));
            }
        }
    }

    // Some documented fields are refused with invalid_params; the minimal set is what the mapper needs.
    private bool FieldsRefused(TikTokApiResponse response) =>
        _fields != TikTokOptions.MinimalFields && response.Message.Contains("field", StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Warning, Message = "TikTok video query failed ({Failure}): {Detail}")]
    private static partial void LogFailure(ILogger logger, TikTokFailureKind failure, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "TikTok refused the field list {Fields}; falling back to {Minimal}")]
    private static partial void LogFieldFallback(ILogger logger, string fields, string minimal);
}
