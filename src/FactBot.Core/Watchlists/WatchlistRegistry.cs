using FactBot.Core.Abstractions;
using FactBot.Core.Detection;

namespace FactBot.Core.Watchlists;

/// <summary>Keeps the detectors' view of the watchlists in step with the store; <c>main</c> always exists.</summary>
public sealed class WatchlistRegistry(IWatchlistStore store, DetectionEngine engine)
{
    /// <summary>Adds seed watchlists that the store does not have yet (an admin's later edits win), then reloads.</summary>
    public async Task SeedAsync(IEnumerable<Watchlist> seed, CancellationToken ct = default)
    {
        foreach (var watchlist in seed)
        {
            if (await store.GetAsync(watchlist.Name, ct) is null)
                await store.UpsertAsync(watchlist, ct);
        }

        await ReloadAsync(ct);
    }

    public async Task<IReadOnlyList<Watchlist>> ReloadAsync(CancellationToken ct = default)
    {
        if (await store.GetAsync(Watchlist.MainName, ct) is null)
            await store.UpsertAsync(new Watchlist { Name = Watchlist.MainName }, ct);
        var lists = await store.ListAsync(ct);
        await engine.SetWatchlistsAsync(lists, ct);
        return lists;
    }
}
