using FactBot.Core.Abstractions;
using FactBot.Core.Watchlists;

namespace FactBot.TestKit.Fakes;

/// <summary><see cref="IWatchlistStore"/> in a dictionary keyed by name (case-sensitive); lists are ordered by name.</summary>
public sealed class InMemoryWatchlistStore : IWatchlistStore
{
    private readonly Dictionary<string, Watchlist> _watchlists = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task<IReadOnlyList<Watchlist>> ListAsync(CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<Watchlist>>([.. _watchlists.Values.OrderBy(w => w.Name, StringComparer.Ordinal)]);
    }

    public Task<Watchlist?> GetAsync(string name, CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult(_watchlists.GetValueOrDefault(name));
    }

    public Task UpsertAsync(Watchlist watchlist, CancellationToken ct = default)
    {
        lock (_gate)
            _watchlists[watchlist.Name] = watchlist;

        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string name, CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult(_watchlists.Remove(name));
    }
}
