using FactBot.Core.Abstractions;
using FactBot.Core.Ingest;
using FactBot.Core.Results;
using FactBot.Sources.TikTok.Api;
using FactBot.Sources.TikTok.Planning;
using FactBot.Sources.TikTok.Queries;
using Microsoft.Extensions.Logging;

namespace FactBot.Sources.TikTok;

/// <summary>
/// One poll of the TikTok Research API for every watched target: each due query runs through the ingest
/// pipeline with a fair share of this poll's allowance (<see cref="TikTokOptions.MaxRequestsPerPoll"/>, capped by
/// what is left of the day's quota), least recently served first. The pipeline resumes each query from its
/// checkpoint and saves the cursor with the posts (the source yields it after every page); the poller only reads
/// checkpoints, to plan which queries are due. Called from a Quartz job; overlapping calls wait for each other.
/// </summary>
public sealed partial class TikTokPoller : IDisposable
{
    private readonly IWatchlistStore _watchlists;
    private readonly ICheckpointStore _checkpoints;
    private readonly IngestPipeline _pipeline;
    private readonly TikTokPageFetcher _fetcher;
    private readonly TikTokQuota _quota;
    private readonly TikTokOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<TikTokPoller> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);

    internal TikTokPoller(
        IWatchlistStore watchlists,
        ICheckpointStore checkpoints,
        IngestPipeline pipeline,
        TikTokPageFetcher fetcher,
        TikTokQuota quota,
        TikTokOptions options,
        TimeProvider time,
        ILogger<TikTokPoller> logger)
    {
        _watchlists = watchlists;
        _checkpoints = checkpoints;
        _pipeline = pipeline;
        _fetcher = fetcher;
        _quota = quota;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// Polls every due query once. Fails (with nothing lost: what was read is stored and checkpointed) when the
    /// whole source must stop: <see cref="RateLimited"/> while parked or out of quota until 00:00 UTC, or
    /// <see cref="PermanentFailure"/> for refused credentials or an unapproved project. A failure of one query
    /// (a 500 that outlasted its retries, a refused query) is listed in <see cref="PollSummary.Problems"/>.
    /// </summary>
    public async Task<Result<PollSummary>> PollOnceAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (await _quota.RefusalAsync(ct) is { } refused)
                return refused;
            return await PollAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<Result<PollSummary>> PollAsync(CancellationToken ct)
    {
        var queries = TikTokTargetQueries.For(await _watchlists.ListAsync(ct), _options.RegionCodes);
        var due = await DueAsync(queries, ct);
        var used = (await _quota.GetAsync(ct)).Requests;
        var allowance = Math.Min(_options.MaxRequestsPerPoll, _options.DailyRequestQuota - used);
        var tally = new PollTally(queries.Count);

        for (var i = 0; i < due.Count && allowance > 0; i++)
        {
            var (query, cursor) = due[i];
            var share = (allowance + (due.Count - i) - 1) / (due.Count - i);
            var source = new TikTokResearchSource(query.Query, cursor, _fetcher, new RequestBudget(share), _options, _time);
            var result = await _pipeline.RunAsync(source, new IngestRun { Resume = true }, ct);
            allowance -= source.Requests;
            tally.Add(source, result);
            if (source.Requests > 0)
                LogQuery(_logger, query.TargetKey, source.Id, source.Requests, result.Stored, source.Final);

            if (source.Failure is not { } failure)
                continue;
            if (failure.StopsSource)
            {
                LogStopped(_logger, tally.Requests, tally.Stored, failure.Error!.Message);
                return failure.Error;
            }

            tally.Problems.Add($"{query.TargetKey} ({query.Query}): {failure.Error!.Message}");
        }

        var left = _options.DailyRequestQuota - (await _quota.GetAsync(ct)).Requests;
        return tally.ToSummary(Math.Max(0, left));
    }

    private async Task<List<(TikTokTargetQuery Query, TikTokCursor Cursor)>> DueAsync(
        IReadOnlyList<TikTokTargetQuery> queries, CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        var due = new List<(TikTokTargetQuery Query, TikTokCursor Cursor, DateTimeOffset Served)>();
        foreach (var query in queries)
        {
            var saved = await _checkpoints.GetAsync(query.SourceId, ct);
            var cursor = TikTokCursor.Parse(saved?.Position);
            if (saved is not null && cursor is null)
                LogBadCheckpoint(_logger, query.SourceId, saved.Position);
            cursor ??= TikTokCursor.Start;
            if (TikTokWindowPlanner.IsDue(cursor, now))
                due.Add((query, cursor, saved?.UpdatedAt ?? DateTimeOffset.MinValue));
        }

        return [.. due.OrderBy(d => d.Served).ThenBy(d => d.Query.TargetKey, StringComparer.Ordinal).Select(d => (d.Query, d.Cursor))];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "TikTok {Target} ({Source}): {Requests} requests, {Stored} new posts, now at {Cursor}")]
    private static partial void LogQuery(ILogger logger, string target, string source, int requests, long stored, TikTokCursor cursor);

    [LoggerMessage(Level = LogLevel.Warning, Message = "TikTok poll stopped after {Requests} requests and {Stored} new posts: {Reason}")]
    private static partial void LogStopped(ILogger logger, int requests, long stored, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "TikTok checkpoint {Source} is unreadable ('{Position}'); the query starts afresh")]
    private static partial void LogBadCheckpoint(ILogger logger, string source, string position);
}
