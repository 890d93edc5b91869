using FactBot.Core.Abstractions;
using FactBot.Core.Detection;

namespace FactBot.Core.Watchlists;

/// <summary>Keeps the detectors' view of the watchlists in step with the store; <c>main</c> always exists.</summary>
public sealed class WatchlistRegistry(IWatchlistStore store, DetectionEngine engine)
{
    /// <summary>
    /// Adds seed watchlists the store does not have yet, then reloads. Existing lists are left alone (an admin's
    /// later edits win) unless <paramref name="mergeTargets"/> asks to add the seed's missing targets to them,
    /// as a replayed dataset's own watchlist does.
    /// </summary>
    public async Task SeedAsync(IEnumerable<Watchlist> seed, bool mergeTargets = false, CancellationToken ct = default)
    {
        foreach (var watchlist in seed)
        {
            var existing = await store.GetAsync(watchlist.Name, ct);
            if (existing is null)
                await store.UpsertAsync(watchlist, ct);
            else if (mergeTargets && watchlist.Targets.Any(t => !existing.Targets.Contains(t)))
                await store.UpsertAsync(existing with { Targets = [.. existing.Targets.Union(watchlist.Targets)] }, ct);
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
