using FactBot.Core.Abstractions;
using FactBot.Core.Watchlists;
using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Stores;

/// <summary>Watchlists keyed by name (case-sensitive), listed by name.</summary>
internal sealed class LiteDbWatchlistStore(FactBotDatabase database) : IWatchlistStore
{
    private readonly ILiteCollection<BsonDocument> _watchlists = database.Collection(Collections.Watchlists);

    public Task<IReadOnlyList<Watchlist>> ListAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();

        // FindAll scans the _id index, so the list comes back ordered by name.
        IReadOnlyList<Watchlist> lists = _watchlists.FindAll().Select(WatchlistDocument.ToWatchlist).ToList();
        return Task.FromResult(lists);
    }

    public Task<Watchlist?> GetAsync(string name, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var doc = _watchlists.FindById(name);
        return Task.FromResult(doc is null ? null : WatchlistDocument.ToWatchlist(doc));
    }

    public Task UpsertAsync(Watchlist watchlist, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        _watchlists.Upsert(WatchlistDocument.ToDocument(watchlist));
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string name, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(_watchlists.Delete(name));
    }
}
