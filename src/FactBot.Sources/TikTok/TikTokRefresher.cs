using FactBot.Core.Abstractions;
using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.Core.Sources;
using FactBot.Sources.Import;
using FactBot.Sources.TikTok.Api;
using FactBot.Sources.TikTok.Planning;
using FactBot.Sources.TikTok.Queries;
using Microsoft.Extensions.Logging;

namespace FactBot.Sources.TikTok;

/// <summary>
/// The Research API terms' refresh: stored Research API posts (live or imported) are asked for again by
/// <c>video_id</c> within <see cref="TikTokOptions.RefreshInterval"/> of when they were fetched or last checked,
/// and those TikTok no longer returns are deleted. Works day by day, oldest first, within its own request budget
/// out of the shared daily quota; a day is recorded as checked only when all of it was.
/// </summary>
public sealed partial class TikTokRefresher
{
    private readonly IPostStore _posts;
    private readonly ICheckpointStore _checkpoints;
    private readonly TikTokPageFetcher _fetcher;
    private readonly TikTokQuota _quota;
    private readonly TikTokOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<TikTokRefresher> _logger;

    internal TikTokRefresher(
        IPostStore posts,
        ICheckpointStore checkpoints,
        TikTokPageFetcher fetcher,
        TikTokQuota quota,
        TikTokOptions options,
        TimeProvider time,
        ILogger<TikTokRefresher> logger)
    {
        _posts = posts;
        _checkpoints = checkpoints;
        _fetcher = fetcher;
        _quota = quota;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>Re-checks every due day. Fails only when the whole source must stop (parked, out of quota,
    /// refused credentials); a run cut short by its budget or one failed query is Ok with Complete = false.</summary>
    public async Task<Result<RefreshSummary>> RefreshAsync(CancellationToken ct)
    {
        if (await _quota.RefusalAsync(ct) is { } refused)
            return refused;

        var now = _time.GetUtcNow();
        var today = TikTokWindowPlanner.Today(now);
        var first = today.AddDays(-(int)Math.Ceiling(_options.RefreshHorizon.TotalDays));
        var saved = await _checkpoints.GetAsync(TikTokSourceIds.RefreshLedger, ct);
        var ledger = TikTokRefreshLedger.Parse(saved?.Position);
        ledger.ForgetBefore(first);
        var run = new RefreshRun(new RequestBudget(_options.RefreshMaxRequestsPerRun));

        for (var day = first; day <= today && run.Stop is null; day = day.AddDays(1))
        {
            var stored = await ResearchPostsAsync(day, ct);
            var checkedAt = ledger.CheckedAt(day) ?? DateTimeOffset.MinValue;
            if (stored.Count == 0)
                ledger.Forget(day);
            else if (stored.Any(p => Later(p.ObservedAt, checkedAt) + _options.RefreshInterval <= now))
            {
                run.Days++;
                if (await CheckDayAsync(day, stored, run, ct) && run.Stop is null)
                    ledger.MarkChecked(day, now);
                await _checkpoints.SaveAsync(new SourceCheckpoint(TikTokSourceIds.RefreshLedger, ledger.Format(), _time.GetUtcNow()), ct);
            }
        }

        await _checkpoints.SaveAsync(new SourceCheckpoint(TikTokSourceIds.RefreshLedger, ledger.Format(), _time.GetUtcNow()), ct);
        LogRefreshed(_logger, run.Days, run.Checked, run.Purged, run.Budget.Used, run.Stop?.Error?.Message ?? "complete");
        if (run.Stop is { StopsSource: true } stop)
            return stop.Error!;
        return new RefreshSummary(run.Days, run.Checked, run.Purged, run.Budget.Used, run.HeldBack, run.Stop is null, run.Stop?.Error?.Message);
    }

    private async Task<List<Post>> ResearchPostsAsync(DateOnly day, CancellationToken ct)
    {
        var from = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var posts = await _posts.GetCreatedBetweenAsync(from, from.AddDays(1), ct);
        return [.. posts.Where(TikTokSourceIds.IsResearchData)];
    }

    /// <summary>Asks for the day's posts in id batches and purges what is missing; false when any batch was held back.</summary>
    private async Task<bool> CheckDayAsync(DateOnly day, List<Post> stored, RefreshRun run, CancellationToken ct)
    {
        var whole = true;
        var window = new TikTokWindow(day, day.AddDays(1));
        foreach (var batch in stored.Chunk(_options.RefreshBatchSize))
        {
            var ids = batch.Select(p => p.PlatformPostId).Distinct(StringComparer.Ordinal).ToList();
            var query = TikTokQuery.Empty.And(TikTokField.VideoId, ids);
            var found = await FindAsync(new TikTokVideoRequest(query, window, _options.PageSize), run, ct);
            if (found is null)
                return false;

            run.Checked += batch.Length;
            if (found.Count == 0 && _options.PurgeGuardMinimum > 0 && ids.Count >= _options.PurgeGuardMinimum)
            {
                // Id filters are known to return nothing spuriously; deleting a whole batch on that would be worse.
                run.HeldBack++;
                whole = false;
                LogHeldBack(_logger, TikTokWindow.Format(day), ids.Count);
                continue;
            }

            var vanished = batch.Where(p => !found.Contains(p.PlatformPostId)).Select(p => p.Key).ToList();
            if (vanished.Count > 0)
                run.Purged += await _posts.DeleteAsync(vanished, ct);
        }

        return whole;
    }

    /// <summary>The ids TikTok still returns for one batch, paging to the end; null when the run must stop.</summary>
    private async Task<HashSet<string>?> FindAsync(TikTokVideoRequest first, RefreshRun run, CancellationToken ct)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var request = first;
        var restarted = false;
        while (true)
        {
            var fetched = await _fetcher.FetchAsync(request, run.Budget, ct);
            if (fetched.Error is SearchIdExpired && !restarted)
            {
                (request, restarted) = (first, true);
                continue;
            }

            if (!fetched.IsSuccess)
            {
                run.Stop = fetched;
                return null;
            }

            foreach (var video in fetched.Page.Videos)
            {
                if (new JsonFields(video).Id("id", "video_id") is { } id)
                    found.Add(id);
            }

            if (!fetched.Page.HasMore)
                return found;
            var next = fetched.Page.Cursor is { } c && c > request.Cursor ? c : request.Cursor + request.MaxCount;
            request = request with { Cursor = next, SearchId = fetched.Page.SearchId ?? request.SearchId };
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "TikTok refresh: {Days} days, {Checked} posts checked, {Purged} purged, {Requests} requests ({Outcome})")]
    private static partial void LogRefreshed(ILogger logger, int days, int @checked, int purged, int requests, string outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "TikTok refresh of {Day}: none of {Count} ids came back; not purging (the day stays due)")]
    private static partial void LogHeldBack(ILogger logger, string day, int count);
}
