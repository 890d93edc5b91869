using FactBot.Core.Sources;
using LiteDB;

namespace FactBot.Storage.Mapping;

internal static class CheckpointDocument
{
    public static BsonDocument ToDocument(SourceCheckpoint checkpoint) => new BsonDocument
        {
            ["_id"] = checkpoint.SourceId,
            [nameof(SourceCheckpoint.Position)] = checkpoint.Position,
            [nameof(SourceCheckpoint.UpdatedAt)] = BsonConvert.Time(checkpoint.UpdatedAt),
        }
        .Set(nameof(SourceCheckpoint.NextAdvance), BsonConvert.Time(checkpoint.NextAdvance))
        .Set(nameof(SourceCheckpoint.CompleteThrough), BsonConvert.Time(checkpoint.CompleteThrough));

    public static SourceCheckpoint ToCheckpoint(BsonDocument doc) => new(
        doc["_id"].AsString,
        doc[nameof(SourceCheckpoint.Position)].AsString,
        BsonConvert.ToTime(doc[nameof(SourceCheckpoint.UpdatedAt)]))
    {
        NextAdvance = BsonConvert.ToNullableTime(doc[nameof(SourceCheckpoint.NextAdvance)]),
        CompleteThrough = BsonConvert.ToNullableTime(doc[nameof(SourceCheckpoint.CompleteThrough)]),
    };
}
