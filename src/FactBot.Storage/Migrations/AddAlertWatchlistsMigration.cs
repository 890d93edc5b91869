using FactBot.Core.Alerts;
using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Migrations;

/// <summary>
/// Version 4: alerts are routed by target, to every watchlist watching it. An alert stored before knew one list; it
/// now lists that one first and every list that watches its target today, so a list made earlier for the same target
/// sees its past alerts in <c>/alerts watchlist:</c> and its digests. Idempotent: it only fills alerts without the list.
/// </summary>
internal sealed class AddAlertWatchlistsMigration : IStorageMigration
{
    public int Version => 4;

    public void Apply(LiteDatabase db)
    {
        var watching = db.GetCollection(Collections.Watchlists).FindAll()
            .Select(WatchlistDocument.ToWatchlist)
            .SelectMany(list => list.Targets.Select(target => (target.Key, list.Name)))
            .GroupBy(pair => pair.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(pair => pair.Name).ToList(), StringComparer.Ordinal);

        var alerts = db.GetCollection(Collections.Alerts);
        var pending = alerts.FindAll().Where(doc => !doc.ContainsKey(nameof(Alert.Watchlists))).ToList();
        foreach (var doc in pending)
        {
            var first = doc[nameof(Alert.Watchlist)].AsString;
            var key = WatchTargetDocument.ToTarget(doc[nameof(Alert.Target)].AsDocument).Key;
            var lists = new List<string> { first };
            lists.AddRange(watching.GetValueOrDefault(key, []).Where(name => name != first));
            doc[nameof(Alert.Watchlists)] = BsonConvert.Strings(lists);
            alerts.Update(doc);
        }
    }
}
