using FactBot.Core.Watchlists;
using LiteDB;

namespace FactBot.Storage.Mapping;

/// <summary>Maps <see cref="Watchlist"/>, keyed by name.</summary>
internal static class WatchlistDocument
{
    public static BsonDocument ToDocument(Watchlist watchlist) => new BsonDocument
        {
            ["_id"] = watchlist.Name,
            [nameof(Watchlist.Targets)] = new BsonArray(watchlist.Targets.Select(WatchTargetDocument.ToDocument)),
            [nameof(Watchlist.Thresholds)] = new BsonDocument()
                .Set(nameof(DetectorThresholds.Floor), BsonConvert.Int(watchlist.Thresholds.Floor))
                .Set(nameof(DetectorThresholds.MinRatio), BsonConvert.Double(watchlist.Thresholds.MinRatio))
                .Set(nameof(DetectorThresholds.FamilyAlpha), BsonConvert.Double(watchlist.Thresholds.FamilyAlpha)),
        }
        .Set(nameof(Watchlist.OwnerChat), watchlist.OwnerChat);

    public static Watchlist ToWatchlist(BsonDocument doc)
    {
        var thresholds = doc[nameof(Watchlist.Thresholds)].AsDocument;
        return new Watchlist
        {
            Name = doc["_id"].AsString,
            Targets = doc[nameof(Watchlist.Targets)].AsArray.Select(t => WatchTargetDocument.ToTarget(t.AsDocument)).ToArray(),
            Thresholds = new DetectorThresholds
            {
                Floor = BsonConvert.ToNullableInt(thresholds[nameof(DetectorThresholds.Floor)]),
                MinRatio = BsonConvert.ToNullableDouble(thresholds[nameof(DetectorThresholds.MinRatio)]),
                FamilyAlpha = BsonConvert.ToNullableDouble(thresholds[nameof(DetectorThresholds.FamilyAlpha)]),
            },
            OwnerChat = BsonConvert.ToNullableString(doc[nameof(Watchlist.OwnerChat)]),
        };
    }
}
