using FactBot.Core.Alerts;
using LiteDB;

namespace FactBot.Storage.Mapping;

/// <summary>
/// Maps <see cref="Alert"/>, keyed by id, with derived indexed fields: <see cref="DedupeKey"/>, <see cref="Status"/>,
/// <see cref="UpdatedOrder"/> (newest update first) and <see cref="TargetOrder"/> (per target, newest first).
/// </summary>
internal static class AlertDocument
{
    public const string DedupeKey = nameof(Alert.DedupeKey);
    public const string Status = nameof(Alert.Status);
    public const string Kind = nameof(Alert.Kind);
    public const string UpdatedOrder = "UpdatedOrder";
    public const string TargetOrder = "TargetOrder";

    public static BsonDocument ToDocument(Alert alert)
    {
        var updated = OrderKeys.Descending(alert.UpdatedAt);
        var targetOrder = OrderKeys.Join(alert.Target.Key, updated, alert.Id);
        return new BsonDocument
            {
                ["_id"] = alert.Id,
                [Kind] = BsonConvert.Enum(alert.Kind),
                [nameof(Alert.Target)] = WatchTargetDocument.ToDocument(alert.Target),
                [nameof(Alert.Watchlist)] = alert.Watchlist,
                [nameof(Alert.Watchlists)] = BsonConvert.Strings(alert.Watchlists),
                [nameof(Alert.OpenedAt)] = BsonConvert.Time(alert.OpenedAt),
                [nameof(Alert.UpdatedAt)] = BsonConvert.Time(alert.UpdatedAt),
                [nameof(Alert.WindowStart)] = BsonConvert.Time(alert.WindowStart),
                [nameof(Alert.WindowEnd)] = BsonConvert.Time(alert.WindowEnd),
                [Status] = BsonConvert.Enum(alert.Status),
                [nameof(Alert.Severity)] = BsonConvert.Enum(alert.Severity),
                [nameof(Alert.Confidence)] = alert.Confidence,
                [nameof(Alert.Signals)] = new BsonArray(alert.Signals.Select(s => new BsonArray(s.Key, s.Value))),
                [nameof(Alert.Evidence)] = EvidenceDocument(alert.Evidence),
                [nameof(Alert.Explanation)] = alert.Explanation,
                [nameof(Alert.Revision)] = alert.Revision,
                [nameof(Alert.ReopenCount)] = alert.ReopenCount,
                [nameof(Alert.Verdicts)] = new BsonDocument
                {
                    [nameof(VerdictTally.Coordinated)] = alert.Verdicts.Coordinated,
                    [nameof(VerdictTally.Organic)] = alert.Verdicts.Organic,
                    [nameof(VerdictTally.Misleading)] = alert.Verdicts.Misleading,
                    [nameof(VerdictTally.Unsure)] = alert.Verdicts.Unsure,
                },
                [DedupeKey] = alert.DedupeKey,
                [UpdatedOrder] = OrderKeys.Join(updated, alert.Id),
            }
            .Set(TargetOrder, OrderKeys.Fits(targetOrder) ? targetOrder : null)
            .Set(nameof(Alert.GroupKey), alert.GroupKey)
            .Set(nameof(Alert.ClosedAt), BsonConvert.Time(alert.ClosedAt))
            .Set(nameof(Alert.LateBy), alert.LateBy is { } late ? new BsonValue(late.Ticks) : BsonValue.Null);
    }

    public static Alert ToAlert(BsonDocument doc)
    {
        var verdicts = doc[nameof(Alert.Verdicts)].AsDocument;
        return new Alert
        {
            Id = doc["_id"].AsString,
            Kind = BsonConvert.ToEnum<AlertKind>(doc[Kind]),
            Target = WatchTargetDocument.ToTarget(doc[nameof(Alert.Target)].AsDocument),
            Watchlist = doc[nameof(Alert.Watchlist)].AsString,
            Watchlists = doc.TryGetValue(nameof(Alert.Watchlists), out var lists) && lists.IsArray
                ? BsonConvert.ToStrings(lists)
                : [doc[nameof(Alert.Watchlist)].AsString],
            GroupKey = BsonConvert.ToNullableString(doc[nameof(Alert.GroupKey)]),
            OpenedAt = BsonConvert.ToTime(doc[nameof(Alert.OpenedAt)]),
            UpdatedAt = BsonConvert.ToTime(doc[nameof(Alert.UpdatedAt)]),
            ClosedAt = BsonConvert.ToNullableTime(doc[nameof(Alert.ClosedAt)]),
            WindowStart = BsonConvert.ToTime(doc[nameof(Alert.WindowStart)]),
            WindowEnd = BsonConvert.ToTime(doc[nameof(Alert.WindowEnd)]),
            Status = BsonConvert.ToEnum<AlertStatus>(doc[Status]),
            Severity = BsonConvert.ToEnum<Severity>(doc[nameof(Alert.Severity)]),
            Confidence = doc[nameof(Alert.Confidence)].AsDouble,
            Signals = doc[nameof(Alert.Signals)].AsArray.ToDictionary(
                pair => pair.AsArray[0].AsString,
                pair => pair.AsArray[1].AsDouble,
                StringComparer.Ordinal),
            Evidence = ToEvidence(doc[nameof(Alert.Evidence)].AsDocument),
            Explanation = doc[nameof(Alert.Explanation)].AsString,
            Revision = doc[nameof(Alert.Revision)].AsInt32,
            ReopenCount = doc[nameof(Alert.ReopenCount)].AsInt32,
            Verdicts = new VerdictTally(
                verdicts[nameof(VerdictTally.Coordinated)].AsInt32,
                verdicts[nameof(VerdictTally.Organic)].AsInt32,
                verdicts[nameof(VerdictTally.Misleading)].AsInt32,
                verdicts[nameof(VerdictTally.Unsure)].AsInt32),
            LateBy = BsonConvert.ToNullableLong(doc[nameof(Alert.LateBy)]) is { } ticks ? TimeSpan.FromTicks(ticks) : null,
        };
    }

    private static BsonDocument EvidenceDocument(AlertEvidence evidence) => new()
    {
        [nameof(AlertEvidence.PostKeys)] = BsonConvert.Strings(evidence.PostKeys),
        [nameof(AlertEvidence.Accounts)] = BsonConvert.Strings(evidence.Accounts),
        [nameof(AlertEvidence.LabelledAccounts)] = BsonConvert.Strings(evidence.LabelledAccounts),
        [nameof(AlertEvidence.Objects)] = BsonConvert.Strings(evidence.Objects),
        [nameof(AlertEvidence.Links)] = BsonConvert.Strings(evidence.Links),
    };

    private static AlertEvidence ToEvidence(BsonDocument doc) => new()
    {
        PostKeys = BsonConvert.ToStrings(doc[nameof(AlertEvidence.PostKeys)]),
        Accounts = BsonConvert.ToStrings(doc[nameof(AlertEvidence.Accounts)]),
        LabelledAccounts = BsonConvert.ToStrings(doc[nameof(AlertEvidence.LabelledAccounts)]),
        Objects = BsonConvert.ToStrings(doc[nameof(AlertEvidence.Objects)]),
        Links = BsonConvert.ToStrings(doc[nameof(AlertEvidence.Links)]),
    };
}
