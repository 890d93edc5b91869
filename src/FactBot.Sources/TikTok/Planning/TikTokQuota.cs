using FactBot.Core.Abstractions;
using FactBot.Core.Results;
using FactBot.Core.Sources;

namespace FactBot.Sources.TikTok.Planning;

/// <summary>
/// Our own count of the daily quota (requests and records per UTC day, reset at 00:00 UTC) and the park after
/// repeated 429s, shared by every query and the refresh and persisted after each change, so a restart neither
/// forgets what was spent nor forgets the park. TikTok does not tell us what is left. Kept in the quota store;
/// before that it was a checkpoint named like the quota, which is still read once when the quota store has none.
/// </summary>
internal sealed class TikTokQuota(IQuotaStore store, ICheckpointStore legacy, TikTokOptions options, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TikTokQuotaState? _state;

    public async Task<TikTokQuotaState> GetAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            return await CurrentAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Counts one request about to be sent, or says why none may be (parked, or the day's quota used).</summary>
    public async Task<Error?> TryTakeRequestAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var state = await CurrentAsync(ct);
            if (Refusal(state) is { } refusal)
                return refusal;
            await SaveAsync(state with { Requests = state.Requests + 1 }, ct);
            return null;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Why no request may be sent now, or null.</summary>
    public async Task<Error?> RefusalAsync(CancellationToken ct) => Refusal(await GetAsync(ct));

    /// <summary>Records still allowed today (a page asks for no more than this).</summary>
    public async Task<long> RecordsLeftAsync(CancellationToken ct)
    {
        var state = await GetAsync(ct);
        return Math.Max(0, options.DailyRecordQuota - state.Records);
    }

    public Task AddRecordsAsync(int records, CancellationToken ct) =>
        records <= 0 ? Task.CompletedTask : UpdateAsync(s => s with { Records = s.Records + records }, ct);

    /// <summary>Parks every TikTok request until the next 00:00 UTC, when the quota resets.</summary>
    public async Task<DateTimeOffset> ParkUntilMidnightAsync(CancellationToken ct)
    {
        var until = NextMidnight(time.GetUtcNow());
        await UpdateAsync(s => s with { ParkedUntil = until }, ct);
        return until;
    }

    public static DateTimeOffset NextMidnight(DateTimeOffset now) =>
        new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1);

    public void Dispose() => _gate.Dispose();

    private RateLimited? Refusal(TikTokQuotaState state)
    {
        var now = time.GetUtcNow();
        if (state.ParkedUntil is { } parked && parked > now)
            return new RateLimited(parked - now, $"TikTok answered 429 twice (rate_limit_exceeded); the source is parked until {parked:yyyy-MM-dd HH:mm} UTC.");
        var midnight = NextMidnight(now);
        if (state.Requests >= options.DailyRequestQuota)
            return new RateLimited(midnight - now, $"The TikTok daily quota of {options.DailyRequestQuota} requests is used; it resets at 00:00 UTC.");
        if (state.Records >= options.DailyRecordQuota)
            return new RateLimited(midnight - now, $"The TikTok daily quota of {options.DailyRecordQuota} records is used; it resets at 00:00 UTC.");
        return null;
    }

    private async Task UpdateAsync(Func<TikTokQuotaState, TikTokQuotaState> change, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await SaveAsync(change(await CurrentAsync(ct)), ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    // Call with the gate held. A new UTC day starts from zero; a park that has passed is dropped.
    private async Task<TikTokQuotaState> CurrentAsync(CancellationToken ct)
    {
        if (_state is null)
        {
            var saved = await store.GetAsync(TikTokSourceIds.Quota, ct);
            _state = saved is not null
                ? new TikTokQuotaState(saved.Day, (int)saved.Requests, saved.Records, saved.PausedUntil)
                : TikTokQuotaState.Parse((await legacy.GetAsync(TikTokSourceIds.Quota, ct))?.Position);
        }

        var now = time.GetUtcNow();
        var today = TikTokWindowPlanner.Today(now);
        if (_state is null || _state.Day != today)
            _state = new TikTokQuotaState(today, 0, 0, _state?.ParkedUntil > now ? _state.ParkedUntil : null);
        else if (_state.ParkedUntil is { } parked && parked <= now)
            _state = _state with { ParkedUntil = null };
        return _state;
    }

    private async Task SaveAsync(TikTokQuotaState state, CancellationToken ct)
    {
        _state = state;
        await store.SaveAsync(
            new QuotaUsage(TikTokSourceIds.Quota, state.Day, state.Requests, state.Records, state.ParkedUntil, time.GetUtcNow()), ct);
    }
}
