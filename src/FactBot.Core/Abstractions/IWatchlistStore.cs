using FactBot.Core.Watchlists;

namespace FactBot.Core.Abstractions;

public interface IWatchlistStore
{
    Task<IReadOnlyList<Watchlist>> ListAsync(CancellationToken ct = default);

    Task<Watchlist?> GetAsync(string name, CancellationToken ct = default);

    Task UpsertAsync(Watchlist watchlist, CancellationToken ct = default);

    Task<bool> DeleteAsync(string name, CancellationToken ct = default);
}
