using FactBot.Core.Watchlists;
using LiteDB;

namespace FactBot.Storage.Mapping;

internal static class WatchTargetDocument
{
    public static BsonDocument ToDocument(WatchTarget target) => new()
    {
        [nameof(WatchTarget.Kind)] = BsonConvert.Enum(target.Kind),
        [nameof(WatchTarget.Value)] = target.Value,
        [nameof(WatchTarget.Platforms)] = BsonConvert.Strings(target.Platforms),
    };

    public static WatchTarget ToTarget(BsonDocument doc) =>
        new(BsonConvert.ToEnum<TargetKind>(doc[nameof(WatchTarget.Kind)]), doc[nameof(WatchTarget.Value)].AsString)
        {
            Platforms = BsonConvert.ToStrings(doc[nameof(WatchTarget.Platforms)]),
        };
}
