using FactBot.Core.Verdicts;
using LiteDB;

namespace FactBot.Storage.Mapping;

/// <summary>Maps <see cref="Verdict"/>, keyed by <see cref="Verdict.Id"/> (one per voter per alert), indexed by alert.</summary>
internal static class VerdictDocument
{
    public const string AlertId = nameof(Verdict.AlertId);

    public static BsonDocument ToDocument(Verdict verdict) => new BsonDocument
        {
            ["_id"] = verdict.Id,
            [AlertId] = verdict.AlertId,
            [nameof(Verdict.VoterKey)] = verdict.VoterKey,
            [nameof(Verdict.Value)] = BsonConvert.Enum(verdict.Value),
            [nameof(Verdict.At)] = BsonConvert.Time(verdict.At),
        }
        .Set(nameof(Verdict.Note), verdict.Note);

    public static Verdict ToVerdict(BsonDocument doc) => new(
        doc[AlertId].AsString,
        doc[nameof(Verdict.VoterKey)].AsString,
        BsonConvert.ToEnum<VerdictValue>(doc[nameof(Verdict.Value)]),
        BsonConvert.ToNullableString(doc[nameof(Verdict.Note)]),
        BsonConvert.ToTime(doc[nameof(Verdict.At)]));
}
