using FactBot.Core.Abstractions;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Commands.Admin;

/// <summary>
/// What <c>/watch</c> and <c>/watchlist</c> share when they change a watchlist: one gate, because each change is a
/// read-modify-write of the whole list and two admins editing at once must not lose each other's change; and the
/// lookup that treats <c>main</c> as always existing.
/// </summary>
internal static class WatchlistEdits
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<T> SerialisedAsync<T>(Func<Task<T>> change, CancellationToken ct)
    {
        await Gate.WaitAsync(ct);
        try
        {
            return await change();
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The stored watchlist; <c>main</c> even before the registry has stored it (it always exists).</summary>
    public static async Task<Watchlist?> FindAsync(IWatchlistStore store, string name, CancellationToken ct) =>
        await store.GetAsync(name, ct)
        ?? (string.Equals(name, Watchlist.MainName, StringComparison.Ordinal) ? new Watchlist { Name = Watchlist.MainName } : null);
}
