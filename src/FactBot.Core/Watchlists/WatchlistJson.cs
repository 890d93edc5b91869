using System.Text.Json;

namespace FactBot.Core.Watchlists;

/// <summary>
/// Watchlists as one canonical JSON text: how the detection journal keeps the targets in force at each change, and
/// how two sets are compared (records holding lists do not compare by content).
/// </summary>
public static class WatchlistJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Serialize(IReadOnlyList<Watchlist> watchlists) => JsonSerializer.Serialize(watchlists, Options);

    public static IReadOnlyList<Watchlist> Deserialize(string json) =>
        JsonSerializer.Deserialize<List<Watchlist>>(json, Options) ?? [];

    public static bool Same(IReadOnlyList<Watchlist> a, IReadOnlyList<Watchlist> b) =>
        ReferenceEquals(a, b) || string.Equals(Serialize(a), Serialize(b), StringComparison.Ordinal);
}
