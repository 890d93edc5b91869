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
                .Set(nameof(DetectorThresholds.Floor), watchlist.Thresholds.Floor is { } floor ? new BsonValue(floor) : BsonValue.Null)
                .Set(nameof(DetectorThresholds.MinRatio), watchlist.Thresholds.MinRatio is { } ratio ? new BsonValue(ratio) : BsonValue.Null)
                .Set(nameof(DetectorThresholds.FamilyAlpha), watchlist.Thresholds.FamilyAlpha is { } alpha ? new BsonValue(alpha) : BsonValue.Null),
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
                Floor = thresholds[nameof(DetectorThresholds.Floor)] is { IsNull: false } floor ? floor.AsInt32 : null,
                MinRatio = thresholds[nameof(DetectorThresholds.MinRatio)] is { IsNull: false } ratio ? ratio.AsDouble : null,
                FamilyAlpha = thresholds[nameof(DetectorThresholds.FamilyAlpha)] is { IsNull: false } alpha ? alpha.AsDouble : null,
            },
            OwnerChat = BsonConvert.ToNullableString(doc[nameof(Watchlist.OwnerChat)]),
        };
    }
}
