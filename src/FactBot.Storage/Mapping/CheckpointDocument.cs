using FactBot.Core.Sources;
using LiteDB;

namespace FactBot.Storage.Mapping;

internal static class CheckpointDocument
{
    public static BsonDocument ToDocument(SourceCheckpoint checkpoint) => new()
    {
        ["_id"] = checkpoint.SourceId,
        [nameof(SourceCheckpoint.Position)] = checkpoint.Position,
        [nameof(SourceCheckpoint.UpdatedAt)] = BsonConvert.Time(checkpoint.UpdatedAt),
    };

    public static SourceCheckpoint ToCheckpoint(BsonDocument doc) => new(
        doc["_id"].AsString,
        doc[nameof(SourceCheckpoint.Position)].AsString,
        BsonConvert.ToTime(doc[nameof(SourceCheckpoint.UpdatedAt)]));
}
