using FactBot.Core.Abstractions;
using FactBot.Core.Commands;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Subscriptions;

/// <summary>Lookups and "not found" replies the subscription commands share.</summary>
internal static class SubscriptionLookups
{
    /// <summary><c>main</c> always exists (the registry creates it); others must be in the store.</summary>
    public static async Task<bool> WatchlistExistsAsync(IWatchlistStore watchlists, string name, CancellationToken ct) =>
        name == Watchlist.MainName || await watchlists.GetAsync(name, ct) is not null;

    public static async Task<CommandReply> UnknownWatchlistAsync(IWatchlistStore watchlists, string name, CancellationToken ct)
    {
        var names = (await watchlists.ListAsync(ct)).Select(w => w.Name).Append(Watchlist.MainName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return CommandReply.Text(
            $"No watchlist '{name}'",
            $"Watchlists here: {string.Join(", ", names)}. /watchlist list shows them with their targets.",
            ephemeral: true);
    }
}
